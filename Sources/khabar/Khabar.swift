import ArgumentParser
import Foundation

/// The `khabar` command: parses flags and renders results; the work happens in the Khabar* modules, and
/// every command that reads articles runs the one pipeline (KhabarPipeline).
///
/// Exit status: 0 when everything was done, 1 when some inputs were rejected (each named on standard
/// error) and the rest was done, 2 when nothing could be done (a database that cannot be opened, a missing
/// article), 64 for a malformed command line.
@main
struct Khabar: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "khabar",
        abstract: "Turn a pile of Hindi and English news articles into understanding.",
        discussion: """
            Articles come from folders of .txt files (one article each), JSON Lines files
            ({"id", "url", "title", "text", "published", "outlet"} per line) or standard input (-).
            They are stored in ~/.khabar/khabar.sqlite unless --db or $KHABAR_DB says otherwise.

            Exit status: 0 done, 1 some inputs rejected (the rest done), 2 nothing could be done.

            Examples:
              khabar ingest Examples/news Examples/feed.jsonl
              khabar list
              khabar show 3f2a
              khabar analyze --json Examples/news > report.json
            """,
        version: "0.2.0",
        subcommands: [
            IngestCommand.self, ListCommand.self, ShowCommand.self, DupsCommand.self, EntitiesCommand.self,
            SearchCommand.self,
            QuotesCommand.self, StoriesCommand.self, StoryCommand.self, AnalyzeCommand.self,
            BenchCommand.self, EvalCommand.self, TrainCommand.self,
        ]
    )

    /// Runs the command, reporting a ``CommandFailure`` as one line and status 2.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let failure as CommandFailure {
            Terminal.error("khabar: \(failure.description)")
            Foundation.exit(2)
        } catch {
            exit(withError: error)
        }
    }
}
