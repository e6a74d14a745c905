import Foundation

/// Document-at-a-time top-k over BM25 posting lists with MaxScore: lists sorted by the most they can add to
/// a score; while the lists below some point together cannot lift a document past the k-th best score, only
/// the lists above it (the essential ones) propose documents, and the others are probed by binary search,
/// and only while they still could make a difference.
struct MaxScore {
    struct Cursor {
        let documents: [Int32]
        let counts: [Float]
        var position = 0

        var current: Int32 { position < documents.count ? documents[position] : .max }

        /// Moves to the first document at or after `target` (galloping, then binary search).
        mutating func advance(to target: Int32) {
            guard position < documents.count, documents[position] < target else { return }
            var step = 1
            var low = position
            var high = position + 1
            while high < documents.count && documents[high] < target {
                low = high
                step *= 2
                high = min(documents.count, high + step)
            }
            high = min(high, documents.count)
            while low < high {
                let mid = (low + high) / 2
                if documents[mid] < target { low = mid + 1 } else { high = mid }
            }
            position = low
        }
    }

    var cursors: [Cursor]
    var idf: [Float]
    var bounds: [Float]
    var required: [Cursor]
    var excluded: [[Cursor]]
    let entries: [SearchIndex.Entry]
    let average: Float
    let limit: Int
    let filter: ((Int32) -> Bool)?

    init(
        lists: [(postings: SearchIndex.Postings, idf: Float)], required: [SearchIndex.Postings],
        excluded: [[SearchIndex.Postings]], entries: [SearchIndex.Entry], average: Float, limit: Int,
        filter: ((Int32) -> Bool)?
    ) {
        let k1 = SearchIndex.k1
        let b = SearchIndex.b
        // Ascending by bound: the weakest lists first.
        let ordered = lists.map { list -> (SearchIndex.Postings, Float, Float) in
            let tf = list.postings.maxCount
            let norm = k1 * (1 - b + b * list.postings.minLength / max(average, 1e-6))
            return (list.postings, list.idf, list.idf * tf * (k1 + 1) / (tf + norm))
        }.sorted { $0.2 < $1.2 }
        cursors = ordered.map { Cursor(documents: $0.0.documents, counts: $0.0.counts) }
        idf = ordered.map(\.1)
        bounds = ordered.map(\.2)
        self.required = required.map { Cursor(documents: $0.documents, counts: $0.counts) }
        self.excluded = excluded.map { group in group.map { Cursor(documents: $0.documents, counts: $0.counts) } }
        self.entries = entries
        self.average = average
        self.limit = limit
        self.filter = filter
    }

    func score(_ list: Int, _ document: Int32, count: Float) -> Float {
        let norm = SearchIndex.k1 * (1 - SearchIndex.b + SearchIndex.b * entries[Int(document)].length / average)
        return idf[list] * count * (SearchIndex.k1 + 1) / (count + norm)
    }

    /// Whether a document passes the required lists, the exclusions and the filter.
    mutating func admits(_ document: Int32) -> Bool {
        for k in required.indices {
            required[k].advance(to: document)
            if required[k].current != document { return false }
        }
        for g in excluded.indices {
            var inAll = true
            for k in excluded[g].indices {
                excluded[g][k].advance(to: document)
                if excluded[g][k].current != document { inAll = false }
            }
            if inAll { return false }
        }
        return filter?(document) ?? true
    }

    mutating func run(countAll: Bool) -> (hits: [SearchIndex.Hit], total: Int?) {
        var heap = TopK(limit: limit)
        // prefix[i] = the most lists 0..<i can add together.
        var prefix = [Float](repeating: 0, count: bounds.count + 1)
        for k in bounds.indices { prefix[k + 1] = prefix[k] + bounds[k] }
        var firstEssential = 0
        var total = 0
        while true {
            // With every match to count, every list is essential.
            if !countAll {
                while firstEssential < cursors.count && prefix[firstEssential + 1] <= heap.threshold {
                    firstEssential += 1
                }
            }
            guard firstEssential < cursors.count else { break }
            var document = Int32.max
            for k in firstEssential..<cursors.count { document = min(document, cursors[k].current) }
            guard document != .max else { break }
            var score: Float = 0
            for k in firstEssential..<cursors.count where cursors[k].current == document {
                score += self.score(k, document, count: cursors[k].counts[cursors[k].position])
                cursors[k].position += 1
            }
            var k = firstEssential - 1
            var complete = true
            while k >= 0 {
                if !countAll && score + prefix[k + 1] <= heap.threshold {
                    complete = false  // it cannot enter the top k
                    break
                }
                cursors[k].advance(to: document)
                if cursors[k].current == document {
                    score += self.score(k, document, count: cursors[k].counts[cursors[k].position])
                }
                k -= 1
            }
            guard complete, admits(document) else { continue }
            total += 1
            heap.offer(SearchIndex.Hit(document: document, score: score))
        }
        return (heap.sorted(), countAll ? total : nil)
    }
}

/// The best `limit` hits seen: a min-heap on score (ties: the later document is the weaker).
struct TopK {
    let limit: Int
    private var heap: [SearchIndex.Hit] = []

    init(limit: Int) { self.limit = limit }

    /// The score a hit must beat to enter (0 until the heap is full).
    var threshold: Float { heap.count < limit ? 0 : heap[0].score }

    private static func weaker(_ a: SearchIndex.Hit, _ b: SearchIndex.Hit) -> Bool {
        a.score < b.score || (a.score == b.score && a.document > b.document)
    }

    mutating func offer(_ hit: SearchIndex.Hit) {
        if heap.count < limit {
            heap.append(hit)
            var child = heap.count - 1
            while child > 0 {
                let parent = (child - 1) / 2
                guard Self.weaker(heap[child], heap[parent]) else { break }
                heap.swapAt(child, parent)
                child = parent
            }
        } else if Self.weaker(heap[0], hit) {
            heap[0] = hit
            var parent = 0
            while true {
                let left = 2 * parent + 1
                let right = left + 1
                var weakest = parent
                if left < heap.count && Self.weaker(heap[left], heap[weakest]) { weakest = left }
                if right < heap.count && Self.weaker(heap[right], heap[weakest]) { weakest = right }
                guard weakest != parent else { break }
                heap.swapAt(parent, weakest)
                parent = weakest
            }
        }
    }

    /// Best first.
    func sorted() -> [SearchIndex.Hit] {
        heap.sorted { Self.weaker($1, $0) }
    }
}
