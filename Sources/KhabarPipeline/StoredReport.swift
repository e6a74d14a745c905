public import KhabarCore
public import KhabarStore

extension AnalysisReport {
    /// The report of stored documents, from what the store holds about them (their stories included): the same records whether the
    /// pipeline ran in memory (`khabar analyze`) or into a database (`khabar ingest`).
    ///
    /// - Parameter ids: the documents, in the order to report them (repeats are reported once).
    public static func stored(documents ids: [String], in store: any Store) async throws -> AnalysisReport {
        var seen = Set<String>()
        let unique = ids.filter { seen.insert($0).inserted }
        let byID = Dictionary(
            try await store.documents(ids: unique).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let documents = unique.compactMap { byID[$0] }
        let mentions = try await store.mentions(documents: unique)
        let entities = try await store.entities(ids: Array(Set(mentions.map(\.entity))))
        var report = AnalysisReport(
            documents: documents,
            duplicates: try await store.duplicates(documents: unique).filter { seen.contains($0.copy) },
            passages: try await store.passages(documents: unique, limit: .max),
            entities: entities,
            mentions: mentions,
            quotes: try await store.quotes(documents: unique),
            dates: try await store.dates(documents: unique))
        // The stories the pipeline placed them in, each with its documents in the order they joined.
        let storyOf = try await store.stories(ofDocuments: unique)
        var groups: [(id: String, documents: [String])] = []
        var seenStories = Set<String>()
        for id in unique {
            guard let story = storyOf[id], seenStories.insert(story).inserted,
                let found = try await store.story(id: story)
            else { continue }
            groups.append(found)
        }
        report.describeStories(groups)
        return report
    }
}
