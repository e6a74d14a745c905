import Foundation

/// Groups articles into stories as they arrive: each article joins the most likely story among those that
/// share its strongest words or its entities, or starts a new one.
///
/// - Words are weighted by TF-IDF with document frequencies counted as articles arrive.
/// - A story keeps the sum of its articles' unit vectors (its centroid, pruned to its strongest
///   ``centroidTerms`` words), its entities and its latest date.
/// - Candidates come from an inverted index over each story's strongest words and its entities, so the work
///   per article does not grow with the number of stories ever seen.
/// - ``StoryModel`` turns the signals into a probability; the article joins the best candidate when that
///   reaches the model's threshold.
///
/// Story ids are their first article's id and never change.
public struct StoryAssigner: Sendable {
    /// A story as assignment keeps it.
    public struct Story: Sendable {
        /// The id: its first article's id.
        public var id: String
        /// Its articles, in arrival order.
        public var articles: [String]
        /// Term → summed weight of its articles' unit vectors.
        var centroid: SparseVector
        var norm: Float
        /// Term → summed weight of its articles' unit title vectors.
        var titles = SparseVector()
        var titleNorm: Float = 0
        /// Entity → how many of its articles mention it.
        var entities: [String: Int]
        /// The earliest and the latest publication day of its articles.
        public internal(set) var firstDay: Double?
        public internal(set) var lastDay: Double?
        /// Words of it already in the index.
        var indexed: Set<UInt64>
        /// The story it was merged into, if it was.
        public internal(set) var mergedInto: Int?
        /// How many articles it has (its article list is emptied when it closes).
        public internal(set) var size = 0
        /// The count of articles seen when it last gained one.
        var lastArrival = 0
        /// Closed to new articles (``StoryAssigner/close(before:arrivals:)``): only its id and size are kept.
        public internal(set) var closed = false

        /// A story about to get its first article.
        init(id: String) {
            self.id = id
            articles = []
            centroid = SparseVector()
            norm = 0
            entities = [:]
            indexed = []
        }

        /// Keeps the centroid's strongest words when it has grown well past them (amortized: not on every
        /// article), and its norms up to date.
        mutating func settle() {
            if centroid.count > StoryAssigner.centroidTerms * 4 { centroid.keepStrongest(StoryAssigner.centroidTerms) }
            norm = centroid.norm
            titleNorm = titles.norm
        }
    }

    /// Two stories made one: `from` (the younger) now lives on as `into`; its id still names it.
    public struct Merge: Sendable, Equatable {
        public var from: String
        public var into: String
    }

    /// Where an article went.
    public struct Placement: Sendable, Equatable {
        /// Index of the story in ``stories``.
        public var story: Int
        /// Whether the article started it.
        public var started: Bool
        /// The model's probability for the story joined (0 for a new story).
        public var probability: Double
    }

    /// The model for an article and a story that both have dates, and the one for when either has none
    /// (trained without dates: content alone must then keep events apart).
    public var model: StoryModel
    public var undatedModel: StoryModel
    public internal(set) var stories: [Story] = []
    /// The merges made, in order.
    public internal(set) var merges: [Merge] = []
    var documentFrequency: [UInt64: Int32] = [:]
    var entityFrequency: [String: Int32] = [:]
    var documents = 0
    var wordIndex: [UInt64: [Int32]] = [:]
    var entityIndex: [String: [Int32]] = [:]
    /// Story id → its index in ``stories``.
    var indexOfID: [String: Int] = [:]
    /// Stories not closed yet (some may have been merged since), in order of creation.
    var openStories: [Int32] = []
    /// The newest publication day of any article placed.
    public internal(set) var newestDay: Double?

    /// Words a centroid keeps; words of a story the index holds; words of an article that look for stories.
    static let centroidTerms = 300
    static let indexedTerms = 30
    static let queryTerms = 12
    /// A posting list this long names a word too common to find candidates by.
    static let commonPostings = 2_000
    /// Candidates scored per article.
    static let candidates = 24
    /// A story whose latest article is this many days older than an article is closed to it: related
    /// events far apart in time stay apart.
    public static let windowDays = 7.0

    public init(model: StoryModel = .standard, undated: StoryModel = .undated) {
        self.model = model
        undatedModel = undated
    }

    /// The article's unit TF-IDF vector (of its title alone with `title`) under the document frequencies
    /// so far.
    func vector(_ input: StoryInput, title: Bool = false) -> SparseVector {
        let n = Float(documents + 1)
        let terms = (title ? input.titleTerms : input.terms).sorted { $0.key < $1.key }
        var weights: [Float] = []
        weights.reserveCapacity(terms.count)
        var sum: Float = 0
        for (term, tf) in terms {
            let df = Float(documentFrequency[term] ?? 0) + 1
            let weight = tf * (log(n / df) + 1)
            weights.append(weight)
            sum += weight * weight
        }
        let norm = sum.squareRoot()
        if norm > 0 { for k in weights.indices { weights[k] /= norm } }
        return SparseVector(sortedTerms: terms.map(\.key), weights: weights)
    }

    /// An article's unit vectors: all its words, and its title.
    struct Vectors {
        var words: SparseVector
        var title: SparseVector
    }

    func vectors(_ input: StoryInput) -> Vectors {
        Vectors(words: vector(input), title: vector(input, title: true))
    }

    /// The signals of an article (its unit vectors) against story `s`.
    func signals(_ vectors: Vectors, _ input: StoryInput, story s: Int) -> StoryModel.Signals {
        let story = stories[s]
        // The mean cosine with the story's articles (average linkage), not the cosine with their centroid:
        // a story that gathered many articles on a topic does not draw in every article on it.
        let size = Float(max(1, story.size))
        func cosine(_ vector: SparseVector, _ centroid: SparseVector, _ norm: Float) -> Double {
            norm > 0 ? Double(vector.dot(centroid) / size) : 0
        }
        // Entities weighted by rarity: भारत in every article says less than नवांशहर.
        let n = Double(documents + 1)
        var shared = 0.0
        var all = 0.0
        var sharedFigures = 0.0
        var allFigures = 0.0
        for entity in input.entities {
            let weight = log(n / (Double(entityFrequency[entity] ?? 0) + 1)) + 1
            let has = story.entities[entity] != nil
            if StoryInput.isFigure(entity) {
                allFigures += weight
                if has { sharedFigures += weight }
            } else {
                all += weight
                if has { shared += weight }
            }
        }
        return .init(
            cosine: cosine(vectors.words, story.centroid, story.norm),
            titleCosine: cosine(vectors.title, story.titles, story.titleNorm),
            entityShare: all > 0 ? shared / all : 0, figureShare: allFigures > 0 ? sharedFigures / allFigures : 0,
            daysSinceFirst: input.day.flatMap { day in story.firstDay.map { day - $0 } },
            daysSinceLast: input.day.flatMap { day in story.lastDay.map { day - $0 } })
    }

    /// Counts an article's words and entities into the document frequencies (before it is placed, or from
    /// a background of articles seen earlier).
    public mutating func observe(_ input: StoryInput) {
        documents += 1
        for term in input.terms.keys { documentFrequency[term, default: 0] += 1 }
        for entity in input.entities { entityFrequency[entity, default: 0] += 1 }
    }

    /// The stories an article may belong to: those sharing its strongest words or its entities, most
    /// shared first.
    func candidates(_ vectors: Vectors, _ input: StoryInput) -> [Int] {
        var hits: [Int32: Int] = [:]
        for (term, _) in vectors.words.strongest(Self.queryTerms) {
            guard let list = wordIndex[term], list.count <= Self.commonPostings else { continue }
            for s in list { hits[s, default: 0] += 1 }
        }
        for entity in input.entities {
            guard let list = entityIndex[entity], list.count <= Self.commonPostings else { continue }
            for s in list { hits[s, default: 0] += 1 }
        }
        var live: [Int32: Int] = [:]
        for (s, count) in hits {
            let story = current(Int(s))
            if stories[story].closed { continue }
            if let day = input.day, let last = stories[story].lastDay, day - last > Self.windowDays { continue }
            live[Int32(story), default: 0] += count
        }
        return live.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(Self.candidates).map { Int($0.key) }
    }

    /// The story `s` lives on as (itself unless merged).
    func current(_ s: Int) -> Int {
        var s = s
        while let into = stories[s].mergedInto { s = into }
        return s
    }

    /// Places an article: the best candidate story by the model, or a new story.
    ///
    /// - Parameter observed: its words are counted already (``observe(_:)``).
    @discardableResult
    public mutating func assign(_ input: StoryInput, observed: Bool = false) -> Placement {
        if !observed { observe(input) }
        let unit = vectors(input)
        var best: (story: Int, probability: Double)? = nil
        for s in candidates(unit, input) {
            let signals = signals(unit, input, story: s)
            let model = signals.daysSinceFirst == nil ? undatedModel : model
            let p = model.probability(signals)
            // Probabilities closer than 1e-6 are equal (Float sums depend on dictionary order in their last
            // bits); the candidate found first, by shared words, then age, wins in every run.
            if p >= model.threshold, p > (best?.probability ?? 0) + 1e-6 { best = (s, p) }
        }
        let placement: Placement
        if let best {
            placement = Placement(story: best.story, started: false, probability: best.probability)
        } else {
            placement = Placement(story: start(input.id), started: true, probability: 0)
        }
        add(input, unit: unit, to: placement.story)
        if let into = bridged(placement.story) {
            merge(placement.story, into: into)
            return Placement(story: into, started: false, probability: placement.probability)
        }
        return placement
    }

    /// Places an article in the story that `id` names (its original's story: a copy joins it whatever its
    /// words), or as ``assign(_:observed:)`` does when no story has that id.
    @discardableResult
    public mutating func assign(_ input: StoryInput, joining id: String, observed: Bool = false) -> Placement {
        guard let s = indexOfID[id] else { return assign(input, observed: observed) }
        if !observed { observe(input) }
        let story = current(s)
        add(input, unit: vectors(input), to: story)
        return Placement(story: story, started: false, probability: 1)
    }

    /// The index of the story with this id (the one it lives on as, when merged).
    public func index(ofStory id: String) -> Int? {
        indexOfID[id].map(current)
    }

    /// Starts an empty story with this id.
    mutating func start(_ id: String) -> Int {
        stories.append(Story(id: id))
        indexOfID[id] = stories.count - 1
        openStories.append(Int32(stories.count - 1))
        return stories.count - 1
    }

    /// The older story that story `s` now reads like (centroid cosine at the merge threshold), if any.
    func bridged(_ s: Int) -> Int? {
        let story = stories[s]
        guard model.mergeThreshold <= 1, story.norm > 0 else { return nil }
        var seen: Set<Int> = [s]
        var best: (story: Int, cosine: Float)? = nil
        for (term, _) in story.centroid.strongest(Self.queryTerms) {
            guard let list = wordIndex[term], list.count <= Self.commonPostings else { continue }
            for candidate in list {
                let t = current(Int(candidate))
                guard seen.insert(t).inserted, !stories[t].closed, stories[t].norm > 0, !Self.apart(story, stories[t])
                else { continue }
                let cosine = story.centroid.dot(stories[t].centroid) / (story.norm * stories[t].norm)
                if cosine > best?.cosine ?? 0 { best = (t, cosine) }
            }
        }
        guard let best, Double(best.cosine) >= model.mergeThreshold else { return nil }
        return best.story
    }

    /// Whether two stories' latest articles are further apart in time than the window.
    static func apart(_ a: Story, _ b: Story) -> Bool {
        guard let x = a.lastDay, let y = b.lastDay else { return false }
        return abs(x - y) > windowDays
    }

    /// Moves story `s` into story `t`; the older of the two keeps its id.
    mutating func merge(_ s: Int, into t: Int) {
        let (from, into) = s < t ? (t, s) : (s, t)
        var target = stories[into]
        let source = stories[from]
        target.articles += source.articles
        target.size += source.size
        target.lastArrival = max(target.lastArrival, source.lastArrival)
        target.centroid.add(source.centroid)
        target.titles.add(source.titles)
        target.settle()
        for (entity, count) in source.entities {
            if target.entities[entity] == nil { entityIndex[entity, default: []].append(Int32(into)) }
            target.entities[entity, default: 0] += count
        }
        if let day = source.lastDay { target.lastDay = max(target.lastDay ?? day, day) }
        if let day = source.firstDay { target.firstDay = min(target.firstDay ?? day, day) }
        stories[into] = target
        stories[from].articles = []
        stories[from].size = 0
        stories[from].centroid = SparseVector()
        stories[from].norm = 0
        stories[from].titles = SparseVector()
        stories[from].mergedInto = into
        merges.append(Merge(from: source.id, into: target.id))
    }

    /// Adds an article to story `s` (assignment, or a labelled story when training).
    mutating func add(_ input: StoryInput, unit: Vectors, to s: Int) {
        var story = stories[s]
        story.articles.append(input.id)
        story.size += 1
        story.lastArrival = documents
        story.centroid.add(unit.words)
        story.titles.add(unit.title)
        story.settle()
        for entity in input.entities {
            if story.entities[entity] == nil { entityIndex[entity, default: []].append(Int32(s)) }
            story.entities[entity, default: 0] += 1
        }
        if let day = input.day {
            newestDay = max(newestDay ?? day, day)
            story.lastDay = max(story.lastDay ?? day, day)
            story.firstDay = min(story.firstDay ?? day, day)
        }
        // A story's strongest words settle as it grows: index them for its first articles, then every
        // eighth (sorting the centroid on every article would dominate the cost of a large story).
        let count = story.size
        let strongest = count <= 4 || count % 8 == 0 ? story.centroid.strongest(Self.indexedTerms) : []
        for (term, _) in strongest where story.indexed.count < Self.indexedTerms * 4 && !story.indexed.contains(term) {
            story.indexed.insert(term)
            wordIndex[term, default: []].append(Int32(s))
        }
        stories[s] = story
    }

    /// Training examples from articles in arrival order with their labelled stories: each article's signals
    /// against every candidate story (the labelled stories so far), labelled by whether it is its story;
    /// then the article joins its labelled story.
    public static func examples(
        _ labelled: [(input: StoryInput, story: String)], background: [StoryInput] = []
    ) -> [(signals: StoryModel.Signals, same: Bool)] {
        var assigner = StoryAssigner()
        for input in background { assigner.observe(input) }
        var storyIndex: [String: Int] = [:]
        var examples: [(signals: StoryModel.Signals, same: Bool)] = []
        for (input, label) in labelled {
            if background.isEmpty { assigner.observe(input) }
            let unit = assigner.vectors(input)
            for s in assigner.candidates(unit, input) {
                examples.append((assigner.signals(unit, input, story: s), storyIndex[label] == s))
            }
            let s: Int
            if let known = storyIndex[label] {
                s = known
            } else {
                s = assigner.start(input.id)
                storyIndex[label] = s
            }
            assigner.add(input, unit: unit, to: s)
        }
        return examples
    }
}
