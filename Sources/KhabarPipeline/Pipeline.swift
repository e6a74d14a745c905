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
/// 6. **stories**: every stored document in no story joins one (``tellStories(_:)``);
/// 7. **search**: every stored document not yet searchable goes into a new index segment
///    (``indexForSearch(_:)``);
/// 8. **record** the run.
/// Batches overlap: while one batch is stored and linked, the next one is analyzed, with the short forms the
/// corpus knew when the batch before was linked (``lending``). The same inputs in the same order give the same
/// results, in memory or on disk.
public struct Pipeline: Sendable {
    /// Stage 1.
    public var reader: InputReader
    /// Stages 2 and 3.
    public var analyzer: DocumentAnalyzer
    /// Stage 5.
    public var linker: CorpusLinker
    /// The most documents per batch (one transaction each). The first batch holds at most 256, and each next
    /// one twice the one before, up to this: linking starts early, and later a transaction rewrites each index
    /// page it touches for many more documents (random keys, in a store larger than memory).
    public var batchSize: Int
    /// Concurrent analysis tasks.
    public var parallelism: Int
    /// What names the corpus knows are lent to the documents read after them (``KnownNames``): by default
    /// only persons' short forms (an article that names Kim only as किम). Lending depends on which articles
    /// came before, so the same articles in another order give somewhat other mentions; lending full names
    /// too (``KnownNames/Lending/all``) doubled that for about 1% more mentions and no measured gain on the
    /// corpus gold (`khabar eval corpus-entities`, `Benchmarks/entity_order.py`).
    public var lending: KnownNames.Lending = .shortForms
    /// The story models (stage 6) for dated and undated articles.
    public var storyModel: StoryModel = .standard
    public var undatedStoryModel: StoryModel = .undated

    /// The names the corpus lends, from its entities mentioned at least twice.
    func lent(_ store: any Store) async throws -> KnownNames {
        guard lending != .none else { return KnownNames() }
        var known = KnownNames()
        known.lendsFullNames = lending == .all
        for entity in try await store.entities(mentionedAtLeast: known.minimumMentions) { known.learn(entity) }
        return known
    }

    private var lendsNames: Bool { lending != .none }

    /// A pipeline; the linker's fingerprint settings follow the analyzer's.
    public init(
        reader: InputReader = InputReader(),
        analyzer: DocumentAnalyzer,
        linker: CorpusLinker? = nil,
        batchSize: Int = 2048,
        parallelism: Int = ProcessInfo.processInfo.activeProcessorCount
    ) {
        self.reader = reader
        self.analyzer = analyzer
        self.linker = linker ?? CorpusLinker(duplicates: DuplicateLinker(options: analyzer.dedup))
        self.batchSize = max(1, batchSize)
        self.parallelism = max(1, parallelism)
    }

    /// The most documents in the first batch.
    static let firstBatch = 256

    /// What the stored links and annotations depend on; when it changes, they are all made again.
    public var settings: String {
        "\(linker.settings) sentences=\(analyzer.sentenceWords) \(Annotator.version) "
            + "model=\(analyzer.annotator.recognizer.tagger?.model.identity ?? "none")" + " lending=\(lending.rawValue)"
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
        var known = try await lent(store)
        var taught: KnownNames?
        let memory = LinkState()

        let (inputs, planErrors) = reader.plan(paths)
        summary.inputs = inputs.count
        for error in planErrors { reject(error, &summary, onEvent) }
        let totalBytes = inputs.reduce(0) { $0 + $1.size }
        var pending: [IngestEvent] = []
        var nextBatch = min(Self.firstBatch, batchSize)
        var linking: Task<LinkOutcome, any Error>?
        defer { linking?.cancel() }

        func finishLinking() async throws {
            guard let task = linking else { return }
            let waited = clock.now
            let outcome = try await task.value
            summary.times.wait += seconds(clock.now - waited)
            linking = nil
            summary.absorb(outcome)
            if lendsNames { for entity in outcome.entities { known.learn(entity) } }
        }

        func flush() async throws {
            guard !pending.isEmpty else { return }
            let events = pending
            pending.removeAll(keepingCapacity: true)
            nextBatch = min(nextBatch * 2, batchSize)
            // Until the corpus has names to lend, a batch borrows those the first batch taught itself.
            let lent = known.isEmpty ? taught ?? known : known
            let identification = await identify(events)
            var read: [Identified] = []
            read.reserveCapacity(identification.results.count)
            for result in identification.results {
                switch result {
                case .success(let identified):
                    read.append(identified)
                    for warning in identified.raw.warnings {
                        let source = identified.raw.source
                        warn(
                            IngestError(.invalidField, input: source.path, line: source.line, warning), &summary,
                            onEvent)
                    }
                case .failure(let error):
                    reject(error, &summary, onEvent)
                }
            }
            summary.documents += read.count
            if keepIDs { summary.ids += read.map(\.id) }
            // What the store has is not analyzed again (a rerun after a crash, a folder ingested every day).
            let stored = read.isEmpty ? [] : try await store.existing(ids: read.map(\.id))
            summary.unchanged += read.count { stored.contains($0.id) }
            let analysis = await analyze(read.filter { !stored.contains($0.id) }, known: lent, ingestedAt: now)
            summary.times.analyze += identification.seconds + analysis.seconds
            summary.times.analyzeWork += identification.work + analysis.work
            var batch = analysis.results
            summary.analyzed += batch.count
            let lookStarted = clock.now
            if lendsNames && known.isEmpty && taught == nil {
                let looked = await secondLook(batch, known: known)
                batch = looked.batch
                taught = looked.names
                summary.secondLooks += looked.changed
            }
            summary.times.secondLook += seconds(clock.now - lookStarted)
            try await finishLinking()
            let documents = batch
            let linker = self.linker
            linking = Task {
                try await Self.link(documents, linker: linker, store: store, adding: true, memory: memory)
            }
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
                if pending.count >= nextBatch { try await flush() }
            }
        }
        try await flush()
        try await finishLinking()

        let storiesStarted = clock.now
        summary.storied = try await tellStories(store)
        summary.times.stories = seconds(clock.now - storiesStarted)
        let searchStarted = clock.now
        summary.searchable = try await indexForSearch(store)
        summary.times.search = seconds(clock.now - searchStarted)

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
        let memory = LinkState()
        var done = 0
        while true {
            let documents = try await store.unlinkedDocuments(limit: batchSize)
            if documents.isEmpty { return done }
            if known == nil {
                known = try await lent(store)
            }
            let analyzer = self.analyzer
            let names = known ?? KnownNames()
            let first = await Parallel.map(documents, tasks: parallelism) {
                analyzer.analyze(stored: $0, known: names)
            }
            let batch = lendsNames && names.isEmpty ? await secondLook(first, known: names).batch : first
            let outcome = try await Self.link(batch, linker: linker, store: store, adding: false, memory: memory)
            if lendsNames { for entity in outcome.entities { known?.learn(entity) } }
            done += documents.count
            onEvent(.relinked(documents: done))
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
