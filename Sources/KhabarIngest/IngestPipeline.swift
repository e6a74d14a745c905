public import Foundation
public import KhabarCore

/// Reads inputs, analyzes their articles on every core, and hands the documents to a sink in batches.
///
/// The pipeline knows nothing of storage: the caller's sink stores the batch (in one transaction) or keeps
/// it in memory, and says how many documents were new. Documents reach the sink in input order.
public struct IngestPipeline: Sendable {
    /// What the pipeline tells its caller as it goes.
    public enum Event: Sendable {
        /// An input or record was rejected.
        case rejected(IngestError)
        /// Progress: bytes of input consumed so far, of the total, and documents read so far.
        case progress(bytes: Int, totalBytes: Int, documents: Int)
    }

    /// What a run did.
    public struct Summary: Sendable {
        /// The inputs read (after expanding folders).
        public var inputs = 0
        /// Documents read and analyzed.
        public var documents = 0
        /// Documents the sink stored as new.
        public var added = 0
        /// Documents the sink already had.
        public var unchanged = 0
        /// Everything rejected.
        public var rejected: [IngestError] = []
        /// Bytes of input consumed.
        public var bytes = 0
        /// Wall-clock seconds.
        public var seconds = 0.0
    }

    /// The reader.
    public var reader: InputReader
    /// The analyzer.
    public var analyzer: Analyzer
    /// Documents per batch handed to the sink.
    public var batchSize: Int
    /// Concurrent analysis tasks.
    public var parallelism: Int

    /// Creates a pipeline.
    public init(
        reader: InputReader = InputReader(),
        analyzer: Analyzer = Analyzer(),
        batchSize: Int = 256,
        parallelism: Int = ProcessInfo.processInfo.activeProcessorCount
    ) {
        self.reader = reader
        self.analyzer = analyzer
        self.batchSize = max(1, batchSize)
        self.parallelism = max(1, parallelism)
    }

    /// Runs the pipeline over `paths`.
    ///
    /// - Parameters:
    ///   - sink: stores a batch and returns how many documents were new and how many known already.
    ///   - onEvent: told of every rejection and of progress.
    /// - Throws: what the sink throws (a store failure stops the run; earlier batches stay stored).
    public func run(
        paths: [String],
        now: Date = Date(),
        sink: ([Document]) async throws -> (added: Int, existing: Int),
        onEvent: (Event) -> Void = { _ in }
    ) async throws -> Summary {
        let clock = ContinuousClock()
        let started = clock.now
        var summary = Summary()
        let (inputs, planErrors) = reader.plan(paths)
        summary.inputs = inputs.count
        for error in planErrors {
            summary.rejected.append(error)
            onEvent(.rejected(error))
        }
        let totalBytes = inputs.reduce(0) { $0 + $1.size }
        var pending: [IngestEvent] = []

        func flush() async throws {
            guard !pending.isEmpty else { return }
            let results = await decodeAndAnalyze(pending)
            pending.removeAll(keepingCapacity: true)
            var documents: [Document] = []
            documents.reserveCapacity(results.count)
            for result in results {
                switch result {
                case .success(var document):
                    document.ingestedAt = now
                    documents.append(document)
                case .failure(let error):
                    summary.rejected.append(error)
                    onEvent(.rejected(error))
                }
            }
            summary.documents += documents.count
            let result = try await sink(documents)
            summary.added += result.added
            summary.unchanged += result.existing
        }

        for input in inputs {
            let cursor = reader.open(input)
            var reported = 0
            // Records are decoded with the analysis, on every core; the reader only splits lines.
            while let event = try cursor.next(decodingRecords: false) {
                switch event {
                case .document, .pending:
                    pending.append(event)
                case .rejected(let error):
                    summary.rejected.append(error)
                    onEvent(.rejected(error))
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
        let elapsed = clock.now - started
        summary.seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        return summary
    }

    /// Decodes pending records and analyzes every article of a batch on `parallelism` tasks, in input order.
    func decodeAndAnalyze(_ events: [IngestEvent]) async -> [Result<Document, IngestError>] {
        let analyzer = self.analyzer
        let reader = self.reader
        return await inParallel(events) { event -> Result<Document, IngestError>? in
            var decoded = event
            if case .pending(let record) = event { decoded = record.decode(with: reader) }
            switch decoded {
            case .document(let raw): return .success(analyzer.document(from: raw))
            case .rejected(let error): return .failure(error)
            case .pending: return nil
            }
        }
    }

    /// `transform` applied to every element on `parallelism` tasks, results in input order (nils dropped).
    public func inParallel<Element: Sendable, Output: Sendable>(
        _ elements: [Element],
        _ transform: @escaping @Sendable (Element) -> Output?
    ) async -> [Output] {
        await Parallel.compactMap(elements, tasks: parallelism, transform)
    }

    /// Analyzes a batch on `parallelism` tasks, keeping the input order.
    public func analyze(_ raws: [RawDocument]) async -> [Document] {
        let analyzer = self.analyzer
        return await inParallel(raws) { analyzer.document(from: $0) }
    }
}
