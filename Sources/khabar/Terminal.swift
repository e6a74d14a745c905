import Foundation

/// Output to the terminal: standard error lines, TTY detection, a progress bar.
enum Terminal {
    /// Whether standard error is a terminal (progress bars are drawn only then).
    static var stderrIsTTY: Bool { isatty(STDERR_FILENO) != 0 }

    /// Writes a line to standard error.
    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// Writes to standard output.
    static func print(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }
}

/// A one-line progress bar on standard error, redrawn at most ten times a second.
struct ProgressBar {
    let enabled: Bool
    private var lastDraw = ContinuousClock.now - .seconds(1)
    private var drawn = false

    init(enabled: Bool = Terminal.stderrIsTTY) {
        self.enabled = enabled
    }

    mutating func update(bytes: Int, totalBytes: Int, documents: Int) {
        guard enabled else { return }
        let now = ContinuousClock.now
        guard now - lastDraw >= .milliseconds(100) else { return }
        lastDraw = now
        let fraction = totalBytes > 0 ? min(1, Double(bytes) / Double(totalBytes)) : 0
        let width = 30
        let filled = Int(fraction * Double(width))
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        let percent = Int(fraction * 100)
        FileHandle.standardError.write(Data("\r\(bar) \(percent)%  \(documents) articles".utf8))
        drawn = true
    }

    mutating func finish() {
        guard enabled, drawn else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
        drawn = false
    }
}
