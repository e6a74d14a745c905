import Foundation
public import KhabarIngest

/// What a pipeline run did.
public struct PipelineSummary: Sendable {
    /// Wall seconds per stage (the analysis overlaps the storing and linking of the batch before it).
    public struct StageTimes: Sendable {
        /// Linking stored documents again before reading (after the settings changed).
        public var refresh = 0.0
        /// Splitting inputs into records.
        public var read = 0.0
        /// Decoding, cleaning and analyzing documents, on every core (wall).
        public var analyze = 0.0
        /// The second look at each batch with the names it taught (wall).
        public var secondLook = 0.0
        /// The same, summed over the workers.
        public var analyzeWork = 0.0
        /// Loading what linking needs, inside the write transactions.
        public var candidates = 0.0
        /// Linking (duplicates, passages, entities), inside the write transactions.
        public var link = 0.0
        /// Writing documents and links, inside the write transactions.
        public var save = 0.0
        /// Opening and committing the write transactions (with the write-ahead log's checkpoints).
        public var commit = 0.0
        /// Waiting for a batch's transaction before starting the next.
        public var wait = 0.0
        /// Recording the run.
        public var record = 0.0
        /// Placing new documents in stories (stage 6).
        public var stories = 0.0
        /// Indexing new documents for search (stage 7).
        public var search = 0.0

        /// Nothing timed yet.
        public init() {}
    }

    /// Inputs read (after expanding folders).
    public var inputs = 0
    /// Documents read and analyzed.
    public var documents = 0
    /// Documents cleaned and analyzed (those the store had already are not).
    public var analyzed = 0
    /// Documents stored as new.
    public var added = 0
    /// Documents the store had already.
    public var unchanged = 0
    /// Everything rejected.
    public var rejected: [IngestError] = []
    /// Records stored with a warning.
    public var warnings = 0
    /// Bytes of input consumed.
    public var bytes = 0
    /// Stored documents linked again before reading.
    public var relinked = 0
    /// Documents annotated again in a second look with names their batch taught.
    public var secondLooks = 0
    /// Copies of earlier documents found.
    public var duplicates = 0
    /// New passages, and occurrences added to passages stored before.
    public var passages = 0
    public var occurrences = 0
    /// Entity mentions, quotes and dates stored.
    public var mentions = 0
    public var quotes = 0
    public var dates = 0
    /// Canonical entities created or changed.
    public var entities = 0
    /// Documents placed in stories.
    public var storied = 0
    /// Documents made searchable.
    public var searchable = 0
    /// The ids of the documents read, in input order (when asked for).
    public var ids: [String] = []
    /// Wall seconds, all stages.
    public var seconds = 0.0
    /// CPU seconds of the process during the run (all threads).
    public var cpuSeconds = 0.0
    /// Seconds per stage.
    public var times = StageTimes()

    /// Nothing done yet.
    public init() {}

    mutating func absorb(_ outcome: Pipeline.LinkOutcome) {
        added += outcome.added
        unchanged += outcome.unchanged
        duplicates += outcome.duplicates
        passages += outcome.passages
        occurrences += outcome.occurrences
        mentions += outcome.mentions
        quotes += outcome.quotes
        dates += outcome.dates
        entities += outcome.entities.count
        times.candidates += outcome.candidates
        times.link += outcome.link
        times.save += outcome.save
        times.commit += outcome.commit
    }

    /// Documents per wall second, all stages.
    public var documentsPerSecond: Double { seconds > 0 ? Double(documents) / seconds : 0 }
}

/// Seconds in a duration.
func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
}

/// The process's CPU time.
enum ProcessTime {
    /// User and system CPU seconds of all the process's threads so far.
    static func cpuSeconds() -> Double {
        var usage = rusage()
        #if os(Linux)
            getrusage(RUSAGE_SELF.rawValue, &usage)
        #else
            getrusage(RUSAGE_SELF, &usage)
        #endif
        return Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) * 1e-6 + Double(usage.ru_stime.tv_sec)
            + Double(usage.ru_stime.tv_usec) * 1e-6
    }
}
