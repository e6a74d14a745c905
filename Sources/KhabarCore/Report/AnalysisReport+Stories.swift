extension AnalysisReport {
    /// Fills ``stories`` from the stories the pipeline placed the report's documents in (each a story id and
    /// its documents in the order they joined; documents not in the report are left out): each story's
    /// headline is the title that shares most words with the others (``StorySummary/headline(_:)``), its summaries are ``StorySummary`` of its articles (copies left
    /// out), its timeline ``StoryTimeline`` and its updates ``StoryNovelty``, articles in order of publication.
    public mutating func describeStories(_ groups: [(id: String, documents: [String])]) {
        var originalOf: [String: String] = [:]
        for record in duplicates where record.documents.count == 2 {
            originalOf[record.documents[1]] = record.documents[0]
        }
        // By publication day, then the report's order.
        let ordered = documents.enumerated().sorted { a, b in
            (a.element.published?.dayNumber ?? .max, a.offset) < (b.element.published?.dayNumber ?? .max, b.offset)
        }.map(\.element)
        let byID = Dictionary(documents.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let order = Dictionary(ordered.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var datesOf: [String: [DateRecord]] = [:]
        for record in dates { datesOf[record.document, default: []].append(record) }
        let reported = Set(documents.map(\.id))
        stories = groups.compactMap { group -> StoryEntry? in
            let story = (id: group.id, articles: group.documents.filter(reported.contains))
            guard !story.articles.isEmpty else { return nil }
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
                id: story.id, documents: story.articles,
                headline: StorySummary.headline(published.map { byID[$0]?.title ?? "" }).map {
                    byID[published[$0]]?.title ?? ""
                } ?? "",
                summary: summary.map(\.text), summaryDocuments: summary.map(\.document),
                summaryLong: long.map(\.text), summaryLongDocuments: long.map(\.document), timeline: timeline,
                updates: updates, copies: copies)
        }
    }
}
