/// Strict UTF-8 validation that says where the first bad byte is.
enum UTF8Validation {
    /// The name of the Unicode encoding whose byte-order mark `bytes` start with, other than UTF-8.
    static func otherUnicode(_ bytes: UnsafeRawBufferPointer) -> String? {
        if bytes.count >= 4, bytes[0] == 0xFF, bytes[1] == 0xFE, bytes[2] == 0, bytes[3] == 0 { return "UTF-32LE" }
        if bytes.count >= 4, bytes[0] == 0, bytes[1] == 0, bytes[2] == 0xFE, bytes[3] == 0xFF { return "UTF-32BE" }
        if bytes.count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE { return "UTF-16LE" }
        if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF { return "UTF-16BE" }
        return nil
    }

    /// The offset of the first byte that does not belong to a valid UTF-8 sequence, or nil when all are valid.
    ///
    /// Rejects overlong forms, surrogates and values above U+10FFFF, as the standard requires.
    /// Complexity: O(n).
    static func firstInvalidOffset(_ bytes: UnsafeRawBufferPointer) -> Int? {
        let n = bytes.count
        var i = 0
        while i < n {
            let b0 = bytes[i]
            if b0 < 0x80 {
                i += 1
                continue
            }
            func continuation(_ k: Int) -> Bool { k < n && bytes[k] & 0xC0 == 0x80 }
            switch b0 {
            case 0xC2...0xDF:
                guard continuation(i + 1) else { return i }
                i += 2
            case 0xE0...0xEF:
                guard continuation(i + 1), continuation(i + 2) else { return i }
                let b1 = bytes[i + 1]
                if b0 == 0xE0 && b1 < 0xA0 { return i }  // overlong
                if b0 == 0xED && b1 >= 0xA0 { return i }  // surrogate
                i += 3
            case 0xF0...0xF4:
                guard continuation(i + 1), continuation(i + 2), continuation(i + 3) else { return i }
                let b1 = bytes[i + 1]
                if b0 == 0xF0 && b1 < 0x90 { return i }  // overlong
                if b0 == 0xF4 && b1 >= 0x90 { return i }  // above U+10FFFF
                i += 4
            default:
                return i
            }
        }
        return nil
    }

    /// Whether the bytes look binary: a NUL in the first 64 KiB, or more than 10% control bytes in the
    /// first 8 KiB (tab, line breaks and form feed excepted).
    static func looksBinary(_ bytes: UnsafeRawBufferPointer) -> Bool {
        let head = min(bytes.count, 65_536)
        for k in 0..<head where bytes[k] == 0 { return true }
        let sample = min(bytes.count, 8_192)
        guard sample > 0 else { return false }
        var controls = 0
        for k in 0..<sample {
            let b = bytes[k]
            if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C { controls += 1 }
        }
        return controls * 10 > sample
    }

    /// The 1-based line number of byte offset `offset`.
    static func line(of offset: Int, in bytes: UnsafeRawBufferPointer) -> Int {
        var line = 1
        for k in 0..<min(offset, bytes.count) where bytes[k] == 0x0A { line += 1 }
        return line
    }
}
