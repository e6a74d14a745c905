public import Foundation

/// Keeping assignment going across runs: closing stories that can no longer gain articles, and the state as
/// compact bytes for a store to keep.
extension StoryAssigner {
    /// Closes the stories that can no longer gain an article, so that what assignment keeps grows with the
    /// stories still open, not with every story ever seen: those whose latest article is older than `day`
    /// (a later article is outside their window), and undated ones that gained nothing in the last
    /// `arrivals` articles. A closed story keeps its id, its size and where it was merged; its words,
    /// entities and article list go, and it leaves the candidate index.
    ///
    /// - Returns: how many stories it closed.
    @discardableResult
    public mutating func close(before day: Double?, arrivals: Int = 50_000) -> Int {
        var closing = Set<Int32>()
        var stillOpen: [Int32] = []
        for index in openStories {
            let s = Int(index)
            guard !stories[s].closed, stories[s].mergedInto == nil else { continue }
            let story = stories[s]
            let old: Bool
            if let last = story.lastDay, let day {
                old = last < day
            } else {
                old = documents - story.lastArrival > arrivals
            }
            guard old else {
                stillOpen.append(index)
                continue
            }
            stories[s].closed = true
            stories[s].articles = []
            stories[s].centroid = SparseVector()
            stories[s].titles = SparseVector()
            stories[s].entities = [:]
            stories[s].indexed = []
            stories[s].norm = 0
            stories[s].titleNorm = 0
            closing.insert(Int32(s))
        }
        openStories = stillOpen
        guard !closing.isEmpty else { return 0 }
        // Merged stories live on in others; a posting of one whose story closed goes too.
        func open(_ s: Int32) -> Bool { !stories[current(Int(s))].closed }
        for (term, list) in wordIndex {
            let kept = list.filter(open)
            wordIndex[term] = kept.isEmpty ? nil : kept
        }
        for (entity, list) in entityIndex {
            let kept = list.filter(open)
            entityIndex[entity] = kept.isEmpty ? nil : kept
        }
        return closing.count
    }

    /// The state as bytes (``init(state:model:undated:)`` reads them back); the models are not kept.
    public func state() -> Data {
        var out = StateWriter()
        out.bytes(Self.stateMagic)
        out.int(documents)
        out.int(documentFrequency.count)
        for (term, count) in documentFrequency {
            out.u64(term)
            out.int(Int(count))
        }
        out.int(entityFrequency.count)
        for (entity, count) in entityFrequency {
            out.string(entity)
            out.int(Int(count))
        }
        out.int(stories.count)
        for story in stories {
            out.string(story.id)
            out.int(story.size)
            out.int(story.lastArrival)
            out.int(story.mergedInto ?? -1)
            out.int(story.closed ? 1 : 0)
            out.day(story.firstDay)
            out.day(story.lastDay)
            if story.closed { continue }
            out.int(story.articles.count)
            for article in story.articles { out.string(article) }
            out.vector(story.centroid)
            out.vector(story.titles)
            out.int(story.entities.count)
            for (entity, count) in story.entities {
                out.string(entity)
                out.int(count)
            }
            out.int(story.indexed.count)
            for term in story.indexed { out.u64(term) }
        }
        out.int(merges.count)
        for merge in merges {
            out.string(merge.from)
            out.string(merge.into)
        }
        out.int(wordIndex.count)
        for (term, list) in wordIndex {
            out.u64(term)
            out.int(list.count)
            for s in list { out.int(Int(s)) }
        }
        out.int(entityIndex.count)
        for (entity, list) in entityIndex {
            out.string(entity)
            out.int(list.count)
            for s in list { out.int(Int(s)) }
        }
        return out.data
    }

    static let stateMagic: [UInt8] = Array("KSA1".utf8)

    /// Assignment continued from ``state()``, deciding with these models; nil when the bytes are not such
    /// a state (another version, or damaged).
    public init?(state: Data, model: StoryModel = .standard, undated: StoryModel = .undated) {
        self.init(model: model, undated: undated)
        var read = StateReader(state)
        guard read.bytes(Self.stateMagic.count) == Self.stateMagic, let documents = read.int() else { return nil }
        self.documents = documents
        guard let terms = read.count() else { return nil }
        documentFrequency.reserveCapacity(terms)
        for _ in 0..<terms {
            guard let term = read.u64(), let count = read.int() else { return nil }
            documentFrequency[term] = Int32(clamping: count)
        }
        guard let entities = read.count() else { return nil }
        for _ in 0..<entities {
            guard let entity = read.string(), let count = read.int() else { return nil }
            entityFrequency[entity] = Int32(clamping: count)
        }
        guard let storyCount = read.count() else { return nil }
        stories.reserveCapacity(storyCount)
        for index in 0..<storyCount {
            guard let id = read.string(), let size = read.int(), let arrival = read.int(), let merged = read.int(),
                let closed = read.int(), let first = read.day(), let last = read.day()
            else { return nil }
            var story = Story(id: id)
            story.size = size
            story.lastArrival = arrival
            story.mergedInto = merged >= 0 ? merged : nil
            story.closed = closed == 1
            story.firstDay = first
            story.lastDay = last
            if !story.closed {
                guard let articleCount = read.count() else { return nil }
                for _ in 0..<articleCount {
                    guard let article = read.string() else { return nil }
                    story.articles.append(article)
                }
                guard let centroid = read.vector(), let titles = read.vector(), let entityCount = read.count()
                else { return nil }
                story.centroid = centroid
                story.titles = titles
                for _ in 0..<entityCount {
                    guard let entity = read.string(), let count = read.int() else { return nil }
                    story.entities[entity] = count
                }
                guard let indexedCount = read.count() else { return nil }
                for _ in 0..<indexedCount {
                    guard let term = read.u64() else { return nil }
                    story.indexed.insert(term)
                }
                story.settle()
            }
            if indexOfID[id] == nil { indexOfID[id] = index }
            if !story.closed && story.mergedInto == nil { openStories.append(Int32(index)) }
            if let last = story.lastDay { newestDay = max(newestDay ?? last, last) }
            stories.append(story)
        }
        guard let mergeCount = read.count() else { return nil }
        for _ in 0..<mergeCount {
            guard let from = read.string(), let into = read.string() else { return nil }
            merges.append(Merge(from: from, into: into))
        }
        guard let postings = read.count() else { return nil }
        for _ in 0..<postings {
            guard let term = read.u64(), let list = read.postings(below: stories.count) else { return nil }
            wordIndex[term] = list
        }
        guard let entityPostings = read.count() else { return nil }
        for _ in 0..<entityPostings {
            guard let entity = read.string(), let list = read.postings(below: stories.count) else { return nil }
            entityIndex[entity] = list
        }
        guard read.atEnd else { return nil }
    }
}

/// Little-endian bytes of the assignment state.
struct StateWriter {
    var data = Data()

    mutating func bytes(_ bytes: [UInt8]) { data.append(contentsOf: bytes) }
    mutating func u64(_ value: UInt64) { withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) } }
    mutating func int(_ value: Int) { u64(UInt64(bitPattern: Int64(value))) }
    mutating func float(_ value: Float) {
        withUnsafeBytes(of: value.bitPattern.littleEndian) { data.append(contentsOf: $0) }
    }
    mutating func day(_ value: Double?) {
        u64(value.map { $0.bitPattern } ?? Double.nan.bitPattern)
    }
    mutating func string(_ value: String) {
        int(value.utf8.count)
        data.append(contentsOf: value.utf8)
    }
    mutating func vector(_ vector: SparseVector) {
        int(vector.count)
        for (term, weight) in zip(vector.terms, vector.weights) {
            u64(term)
            float(weight)
        }
    }
}

/// Reads what ``StateWriter`` wrote; every read is nil past the end.
struct StateReader {
    let data: [UInt8]
    var offset = 0

    init(_ data: Data) { self.data = [UInt8](data) }

    var atEnd: Bool { offset == data.count }

    mutating func bytes(_ count: Int) -> [UInt8]? {
        guard count >= 0, data.count - offset >= count else { return nil }
        defer { offset += count }
        return Array(data[offset..<offset + count])
    }

    mutating func u64() -> UInt64? {
        guard data.count - offset >= 8 else { return nil }
        var value: UInt64 = 0
        for k in 0..<8 { value |= UInt64(data[offset + k]) << (8 * UInt64(k)) }
        offset += 8
        return value
    }

    mutating func int() -> Int? { u64().map { Int(Int64(bitPattern: $0)) } }

    /// A count: an int that cannot exceed the bytes left (a damaged state does not allocate the world).
    mutating func count() -> Int? {
        guard let value = int(), value >= 0, value <= data.count - offset else { return nil }
        return value
    }

    mutating func float() -> Float? {
        guard data.count - offset >= 4 else { return nil }
        var bits: UInt32 = 0
        for k in 0..<4 { bits |= UInt32(data[offset + k]) << (8 * UInt32(k)) }
        offset += 4
        return Float(bitPattern: bits)
    }

    /// A day (nil inside when none was written); nil outside past the end.
    mutating func day() -> Double?? {
        guard let bits = u64() else { return nil }
        let value = Double(bitPattern: bits)
        return .some(value.isNaN ? nil : value)
    }

    mutating func string() -> String? {
        guard let count = count(), let bytes = bytes(count) else { return nil }
        return String(validating: bytes, as: UTF8.self)
    }

    /// A vector: its terms must come sorted and unique, as they were written.
    mutating func vector() -> SparseVector? {
        guard let count = count() else { return nil }
        var terms: [UInt64] = []
        var weights: [Float] = []
        terms.reserveCapacity(count)
        weights.reserveCapacity(count)
        for _ in 0..<count {
            guard let term = u64(), let weight = float(), terms.last.map({ $0 < term }) ?? true else { return nil }
            terms.append(term)
            weights.append(weight)
        }
        return SparseVector(sortedTerms: terms, weights: weights)
    }

    /// A posting list of story indices, each below `limit`.
    mutating func postings(below limit: Int) -> [Int32]? {
        guard let count = count() else { return nil }
        var list: [Int32] = []
        list.reserveCapacity(count)
        for _ in 0..<count {
            guard let s = int(), s >= 0, s < limit else { return nil }
            list.append(Int32(s))
        }
        return list
    }
}
