extension AnalysisReport {
    /// Groups the report's documents into stories (``StoryAssigner``), in order of publication (then id): word
    /// frequencies are counted over all of them first, a copy of an earlier document joins its original's
    /// story, and each story's headline is its first article's title and its summary is
    /// ``StorySummary`` of its articles (copies left out).
    public mutating func groupStories(model: StoryModel = .standard, undated: StoryModel = .undated) {
        var entitiesOf: [String: Set<String>] = [:]
        for entry in entities {
            for mention in entry.mentions { entitiesOf[mention.document, default: []].insert(entry.entity.id) }
        }
        var originalOf: [String: String] = [:]
        for record in duplicates where record.documents.count == 2 {
            originalOf[record.documents[1]] = record.documents[0]
        }
        // By publication day, then id: the same stories whatever order the report lists its documents in.
        let ordered = documents.sorted { a, b in
            (a.published?.dayNumber ?? .max, a.id) < (b.published?.dayNumber ?? .max, b.id)
        }
        let inputs = ordered.map { document in
            StoryInput(
                id: document.id, title: document.title, text: document.text,
                entities: entitiesOf[document.id] ?? [], day: document.published.map { Double($0.dayNumber) })
        }
        var assigner = StoryAssigner(model: model, undated: undated)
        for input in inputs { assigner.observe(input) }
        var storyOf: [String: Int] = [:]
        for input in inputs {
            if let original = originalOf[input.id], let s = storyOf[original] {
                let story = assigner.current(s)
                assigner.add(input, unit: assigner.vectors(input), to: story)
                storyOf[input.id] = story
            } else {
                storyOf[input.id] = assigner.assign(input, observed: true).story
            }
        }
        let byID = Dictionary(documents.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let order = Dictionary(ordered.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var datesOf: [String: [DateRecord]] = [:]
        for record in dates { datesOf[record.document, default: []].append(record) }
        stories = assigner.stories.filter { !$0.articles.isEmpty }.map { story in
            let published = story.articles.sorted { (order[$0] ?? 0) < (order[$1] ?? 0) }
            // Copies add nothing to a summary or to what is new.
            let originals = published.filter { originalOf[$0] == nil || story.articles.count == 1 }
            let articles = originals.compactMap { id in
                byID[id].map { StorySummary.Article(id: id, text: $0.text) }
            }
            let summary = StorySummary.summarize(articles)
            let long = StorySummary.summarize(articles, words: StorySummary.longWords)
            let timeline = StoryTimeline.build(
                published.compactMap { id in
                    byID[id].map {
                        StoryTimeline.Article(
                            id: id, text: $0.text, published: $0.published?.dateOnly.iso, dates: datesOf[id] ?? [])
                    }
                })
            var updates = StoryNovelty.updates(
                originals.compactMap { id in
                    byID[id].map { StoryNovelty.Article(id: id, text: $0.text) }
                })
            var copies: [String: String] = [:]
            for id in published where originalOf[id] != nil && story.articles.count > 1 {
                copies[id] = originalOf[id]
            }
            // A copy adds nothing; it is listed where it was published.
            for id in copies.keys.sorted(by: { (order[$0] ?? 0) < (order[$1] ?? 0) }) {
                updates.append(StoryNovelty.Update(document: id, first: false, added: [], novelty: 0))
            }
            updates.sort { (order[$0.document] ?? 0) < (order[$1.document] ?? 0) }
            return StoryEntry(
                id: story.id, documents: story.articles, headline: byID[story.id]?.title ?? "",
                summary: summary.map(\.text), summaryDocuments: summary.map(\.document),
                summaryLong: long.map(\.text), summaryLongDocuments: long.map(\.document), timeline: timeline,
                updates: updates, copies: copies)
        }
    }
}
