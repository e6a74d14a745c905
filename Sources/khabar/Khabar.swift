import ArgumentParser

/// The `khabar` command: parses flags and wires the library stages together; the work happens in the
/// Khabar* modules.
@main
struct Khabar: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "khabar",
        abstract: "Turn a pile of Hindi and English news articles into understanding.",
        discussion: """
            Articles come from folders of .txt files (one article each), JSON Lines files
            ({"id", "url", "title", "text", "published", "outlet"} per line) or standard input (-).
            They are stored in ~/.khabar/khabar.sqlite unless --db says otherwise.

            Examples:
              khabar ingest Examples/news Examples/feed.jsonl
              khabar list
              khabar show 3f2a
              khabar analyze --json Examples/news > report.json
            """,
        version: "0.1.0",
        subcommands: [
            IngestCommand.self, ListCommand.self, ShowCommand.self, DupsCommand.self, EntitiesCommand.self,
            QuotesCommand.self, AnalyzeCommand.self,
            BenchCommand.self, EvalCommand.self, TrainCommand.self,
        ]
    )
}
