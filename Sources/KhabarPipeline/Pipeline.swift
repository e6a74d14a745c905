public import Foundation
public import KhabarCore
public import KhabarIngest
public import KhabarStore

/// The one pipeline: every command that reads articles (`ingest`, `analyze`, later `watch` and the server)
/// runs it, and none of them orchestrates stages itself.
///
/// The stages, with typed boundaries:
/// 1. **read** (``InputReader``): inputs → raw records, on the calling task;
/// 2. **clean** and 3. **analyze** (``DocumentAnalyzer``): raw record → ``AnalyzedDocument``, the text
///    analyzed once, on every core;
/// 4. **store** and 5. **link** (``CorpusLinker`` in one ``LinkStore/write(_:)`` transaction per batch):
///    the batch's new documents are stored with their duplicates, passages, entities, quotes and dates;
/// 6. **record** the run.
/// Batches overlap: while one batch is stored and linked, the next one is analyzed, with the names the
/// corpus knew when the batch before was linked. The same inputs in the same batches give the same
/// results, in memory or on disk.
public struct Pipeline: Sendable {
    /// Stage 1.
    public var reader: InputReader
    /// Stages 2 and 3.
    public var analyzer: DocumentAnalyzer
    /// Stage 5.
    public var linker: CorpusLinker
    /// Documents per batch (one transaction each).
    public var batchSize: Int
    /// Concurrent analysis tasks.
    public var parallelism: Int

    /// A pipeline; the linker's fingerprint settings follow the analyzer's.
    public init(
        reader: InputReader = InputReader(),
        analyzer: DocumentAnalyzer,
        linker: CorpusLinker? = nil,
        batchSize: Int = 256,
        parallelism: Int = ProcessInfo.processInfo.activeProcessorCount
    ) {
        self.reader = reader
        self.analyzer = analyzer
        self.linker = linker ?? CorpusLinker(duplicates: DuplicateLinker(options: analyzer.dedup))
        self.batchSize = max(1, batchSize)
        self.parallelism = max(1, parallelism)
    }

    /// What the stored links and annotations depend on; when it changes, they are all made again.
    public var settings: String {
        "\(linker.settings) sentences=\(analyzer.sentenceWords) \(Annotator.version) "
            + "model=\(analyzer.annotator.recognizer.tagger?.model.identity ?? "none")"
    }

    /// What the pipeline tells its caller as it goes (always on the calling task).
    public enum Event: Sendable {
        /// An input or record was rejected.
        case rejected(IngestError)
        /// A record was stored, but something in it was ignored.
        case warning(IngestError)
        /// Progress: bytes of input consumed so far, of the total, and documents read so far.
        case progress(bytes: Int, totalBytes: Int, documents: Int)
        /// Stored documents linked again (the analysis settings changed), so far.
        case relinked(documents: Int)
    }

    // MARK: Running

    /// Reads `paths`, and stores and links every new article in `store`; then records the run.
    ///
    /// - Parameter keepIDs: also return the ids of every document read, in input order.
    /// - Throws: what the store throws (a failed batch stops the run; earlier batches stay stored).
    public func run(
        paths: [String], into store: any Store, now: Date = Date(), keepIDs: Bool = false,
        onEvent: (Event) -> Void = { _ in }
    ) async throws -> PipelineSummary {
        var summary = PipelineSummary()
        let clock = ContinuousClock()
        let started = clock.now
        let cpuStarted = ProcessTime.cpuSeconds()

        summary.relinked = try await refresh(store, times: &summary.times, onEvent: onEvent)
        var known = KnownNames(entities: try await store.entities(mentionedAtLeast: 2))

        let (inputs, planErrors) = reader.plan(paths)
        summary.inputs = inputs.count
        for error in planErrors { reject(error, &summary, onEvent) }
        let totalBytes = inputs.reduce(0) { $0 + $1.size }
        var pending: [IngestEvent] = []
        var linking: Task<LinkOutcome, any Error>?
        defer { linking?.cancel() }

        func finishLinking() async throws {
            guard let task = linking else { return }
            let waited = clock.now
            let outcome = try await task.value
            summary.times.wait += seconds(clock.now - waited)
            linking = nil
            summary.absorb(outcome)
            for entity in outcome.entities { known.learn(entity) }
        }

        func flush() async throws {
            guard !pending.isEmpty else { return }
            let events = pending
            pending.removeAll(keepingCapacity: true)
            let analysis = await analyze(events, known: known, ingestedAt: now)
            summary.times.analyze += analysis.seconds
            summary.times.analyzeWork += analysis.work
            var batch: [AnalyzedDocument] = []
            batch.reserveCapacity(analysis.results.count)
            for result in analysis.results {
                switch result {
                case .success(let analyzed):
                    batch.append(analyzed.analyzed)
                    for warning in analyzed.warnings { warn(warning, &summary, onEvent) }
                case .failure(let error):
                    reject(error, &summary, onEvent)
                }
            }
            let lookStarted = clock.now
            batch = await secondLook(batch, known: known)
            summary.times.analyze += seconds(clock.now - lookStarted)
            summary.documents += batch.count
            if keepIDs { summary.ids += batch.map(\.document.id) }
            try await finishLinking()
            let documents = batch
            let linker = self.linker
            linking = Task { try await Self.link(documents, linker: linker, store: store, adding: true) }
        }

        for input in inputs {
            let cursor = reader.open(input)
            var reported = 0
            while true {
                let readStarted = clock.now
                // Records are decoded with the analysis, on every core; reading only splits lines.
                let next = try cursor.next(decodingRecords: false)
                summary.times.read += seconds(clock.now - readStarted)
                guard let event = next else { break }
                switch event {
                case .document, .pending:
                    pending.append(event)
                case .rejected(let error):
                    reject(error, &summary, onEvent)
                }
                summary.bytes += cursor.consumedBytes - reported
                reported = cursor.consumedBytes
                onEvent(
                    .progress(
                        bytes: summary.bytes, totalBytes: totalBytes, documents: summary.documents + pending.count))
                if pending.count >= batchSize { try await flush() }
            }
        }
        try await flush()
        try await finishLinking()

        let recordStarted = clock.now
        try await store.record(
            IngestRun(
                startedAt: now, finishedAt: Date(), inputs: paths, added: summary.added, unchanged: summary.unchanged,
                rejections: summary.rejected.map {
                    IngestRun.Rejection(input: $0.input, line: $0.line, code: $0.code.rawValue, message: $0.message)
                }))
        summary.times.record = seconds(clock.now - recordStarted)
        summary.seconds = seconds(clock.now - started)
        summary.cpuSeconds = ProcessTime.cpuSeconds() - cpuStarted
        return summary
    }

    /// Links every stored document not linked yet: all of them, when the stored analysis was made with other
    /// settings (a new model, new linking rules). Stored documents are analyzed again from their cleaned text.
    ///
    /// - Returns: how many documents were linked.
    public func refresh(_ store: any Store, onEvent: (Event) -> Void = { _ in }) async throws -> Int {
        var times = PipelineSummary.StageTimes()
        return try await refresh(store, times: &times, onEvent: onEvent)
    }

    private func refresh(
        _ store: any Store, times: inout PipelineSummary.StageTimes, onEvent: (Event) -> Void
    ) async throws -> Int {
        let clock = ContinuousClock()
        let started = clock.now
        defer { times.refresh += seconds(clock.now - started) }
        _ = try await store.prepareAnalysis(settings: settings)
        var known: KnownNames?
        var done = 0
        while true {
            let documents = try await store.unlinkedDocuments(limit: batchSize)
            if documents.isEmpty { return done }
            if known == nil { known = KnownNames(entities: try await store.entities(mentionedAtLeast: 2)) }
            let analyzer = self.analyzer
            let names = known ?? KnownNames()
            let first = await Parallel.map(documents, tasks: parallelism) {
                analyzer.analyze(stored: $0, known: names)
            }
            let batch = await secondLook(first, known: names)
            let outcome = try await Self.link(batch, linker: linker, store: store, adding: false)
            for entity in outcome.entities { known?.learn(entity) }
            done += documents.count
            onEvent(.relinked(documents: done))
        }
    }

    // MARK: Stages

    /// An analyzed record with what reading noticed about it.
    struct Analyzed: Sendable {
        var analyzed: AnalyzedDocument
        var warnings: [IngestError]
    }

    /// Stage 2 and 3 for a batch, on every core: decode, clean and analyze each record.
    func analyze(_ events: [IngestEvent], known: KnownNames, ingestedAt: Date) async -> (
        results: [Result<Analyzed, IngestError>], seconds: Double, work: Double
    ) {
        let analyzer = self.analyzer
        let reader = self.reader
        let clock = ContinuousClock()
        let started = clock.now
        let timed = await Parallel.map(events, tasks: parallelism) { event -> (Result<Analyzed, IngestError>, Double) in
            let begun = clock.now
            var decoded = event
            if case .pending(let record) = event { decoded = record.decode(with: reader) }
            let result: Result<Analyzed, IngestError>
            switch decoded {
            case .document(let raw):
                let analyzed = analyzer.analyze(raw, known: known, ingestedAt: ingestedAt)
                let warnings = raw.warnings.map {
                    IngestError(.invalidField, input: raw.source.path, line: raw.source.line, $0)
                }
                result = .success(Analyzed(analyzed: analyzed, warnings: warnings))
            case .rejected(let error):
                result = .failure(error)
            case .pending(let record):
                result = .failure(IngestError(.unreadable, input: record.input.path, line: record.line, "not decoded"))
            }
            return (result, seconds(clock.now - begun))
        }
        return (timed.map(\.0), seconds(clock.now - started), timed.reduce(0) { $0 + $1.1 })
    }

    /// A second look at a batch with the names it taught: its documents' entities mentioned twice or more in
    /// the batch and not yet known to the corpus are looked for in every document of the batch (a name
    /// written in full in one article and by one word in the next), reusing each document's tagger spans.
    func secondLook(_ batch: [AnalyzedDocument], known: KnownNames) async -> [AnalyzedDocument] {
        var local = EntityDirectory()
        for analyzed in batch {
            for entity in analyzed.annotations.entities { local.resolve(entity) }
        }
        var taught = KnownNames(minimumMentions: known.minimumMentions)
        var widened = known
        for entity in local.entities where entity.mentionCount >= known.minimumMentions && !known.knowsAName(of: entity)
        {
            taught.learn(entity)
            widened.learn(entity)
        }
        guard !taught.isEmpty else { return batch }
        let analyzer = self.analyzer
        let names = widened
        let lessons = taught
        return await Parallel.map(batch, tasks: parallelism) {
            analyzer.secondLook($0, taught: lessons, known: names) ?? $0
        }
    }

    /// What storing and linking one batch did.
    struct LinkOutcome: Sendable {
        var added = 0
        var unchanged = 0
        var duplicates = 0
        var passages = 0
        var occurrences = 0
        var mentions = 0
        var quotes = 0
        var dates = 0
        /// Canonical entities created or changed.
        var entities: [CanonicalEntity] = []
        var candidates = 0.0
        var link = 0.0
        var save = 0.0
    }

    /// Stages 4 and 5 for a batch, in one write transaction: keep the documents the store does not have,
    /// hand the linker what they are filed under, store the documents and what the linker found.
    ///
    /// - Parameter adding: false to link documents that are stored already (a refresh).
    static func link(
        _ batch: [AnalyzedDocument], linker: CorpusLinker, store: any Store, adding: Bool
    ) async throws -> LinkOutcome {
        try await store.write { transaction in
            let clock = ContinuousClock()
            var outcome = LinkOutcome()
            let began = clock.now
            var fresh = batch
            if adding {
                let stored = try transaction.existing(batch.map(\.document.id))
                var seen = Set<String>()
                fresh = batch.filter { !stored.contains($0.document.id) && seen.insert($0.document.id).inserted }
                outcome.unchanged = batch.count - fresh.count
            }
            guard !fresh.isEmpty else { return outcome }
            let candidates = try transaction.candidates(linker.query(fresh))
            let fingerprints = try transaction.fingerprints(linker.fingerprintsNeeded(fresh, candidates))
            var loaded = clock.now
            outcome.candidates += seconds(loaded - began)
            let decisions = linker.duplicates(fresh, candidates, fingerprints: fingerprints)
            let needed = linker.textsNeeded(fresh, candidates, decisions)
            var computed = clock.now
            outcome.link += seconds(computed - loaded)
            let texts = try transaction.texts(needed)
            loaded = clock.now
            outcome.candidates += seconds(loaded - computed)
            let result = linker.link(fresh, candidates, decisions, texts: texts)
            computed = clock.now
            outcome.link += seconds(computed - loaded)
            if adding {
                try transaction.add(fresh.map(\.document))
                outcome.added = fresh.count
            }
            try transaction.save(result)
            outcome.save = seconds(clock.now - computed)
            outcome.duplicates = result.duplicates.count
            outcome.passages = result.passages.count
            outcome.occurrences = result.occurrences.values.reduce(0) { $0 + $1.count }
            outcome.mentions = result.mentions.count
            outcome.quotes = result.quotes.count
            outcome.dates = result.dates.count
            outcome.entities = result.entities
            return outcome
        }
    }

    private func reject(_ error: IngestError, _ summary: inout PipelineSummary, _ onEvent: (Event) -> Void) {
        summary.rejected.append(error)
        onEvent(.rejected(error))
    }

    private func warn(_ warning: IngestError, _ summary: inout PipelineSummary, _ onEvent: (Event) -> Void) {
        summary.warnings += 1
        onEvent(.warning(warning))
    }
}

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
        /// The same, summed over the workers.
        public var analyzeWork = 0.0
        /// Loading what linking needs, inside the write transactions.
        public var candidates = 0.0
        /// Linking (duplicates, passages, entities), inside the write transactions.
        public var link = 0.0
        /// Writing documents and links, inside the write transactions.
        public var save = 0.0
        /// Waiting for a batch's transaction before starting the next.
        public var wait = 0.0
        /// Recording the run.
        public var record = 0.0

        /// Nothing timed yet.
        public init() {}
    }

    /// Inputs read (after expanding folders).
    public var inputs = 0
    /// Documents read and analyzed.
    public var documents = 0
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
