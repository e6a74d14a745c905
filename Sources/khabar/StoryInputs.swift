import Foundation
import KhabarCore
import KhabarEvaluation
import KhabarPipeline
import KhabarStore
import KhabarText

/// The story inputs of labelled articles or headlines, in the order they were published: what `khabar
/// eval stories` groups and `khabar train stories` learns from.
enum StoryInputs {
    /// The articles of a corpus, run through the whole pipeline into a store in memory (cleaned text,
    /// title, canonical entities, publication day), keyed by the corpus's own ids: the labelled ones, and all
    /// of them (whose word frequencies stand for the articles a store holds).
    static func articles(corpus: String, labelled: Set<String>, analysis: AnalysisOptions) async throws
        -> (labelled: [StoryInput], all: [StoryInput])
    {
        let store = try SQLiteStore()
        let summary = try await analysis.pipeline().run(paths: [corpus], into: store, keepIDs: true)
        let report = try await AnalysisReport.stored(documents: summary.ids, in: store)
        var entities: [String: Set<String>] = [:]
        for entry in report.entities {
            for mention in entry.mentions { entities[mention.document, default: []].insert(entry.entity.id) }
        }
        let ordered = report.documents.enumerated().sorted { a, b in
            (a.element.published?.dayNumber ?? .max, a.offset) < (b.element.published?.dayNumber ?? .max, b.offset)
        }.map(\.element)
        let all = ordered.map { document in
            StoryInput(
                document: document, entities: entities[document.id] ?? [],
                id: document.source.externalID ?? document.id)
        }
        return (all.filter { labelled.contains($0.id) }, all)
    }

    /// The stories a user gets: the corpus ingested into a store in memory, as `khabar ingest` does (every
    /// article placed in a story by the pipeline, with these models), keyed by the corpus's own ids; and the
    /// seconds the story stage took.
    static func stored(corpus: [String], analysis: AnalysisOptions, model: StoryModel, undated: StoryModel)
        async throws -> (stories: [String: String], seconds: Double)
    {
        let store = try SQLiteStore()
        var pipeline = try analysis.pipeline()
        pipeline.storyModel = model
        pipeline.undatedStoryModel = undated
        let summary = try await pipeline.run(paths: corpus, into: store, keepIDs: true)
        let documents = try await store.documents(ids: summary.ids)
        let storyOf = try await store.stories(ofDocuments: summary.ids)
        var stories: [String: String] = [:]
        for document in documents {
            if let story = storyOf[document.id] { stories[document.source.externalID ?? document.id] = story }
        }
        return (stories, summary.times.stories)
    }

    /// Labelled headlines (a TSV with id, title, story and timestamp_ms columns), in order of publication,
    /// with the entities the annotator finds in each; their times order them but are not given to the
    /// model: UCI's are crawl times, grouped by story, and would teach a time signal no real stream has.
    static func headlines(_ headlines: [StoryEvaluation.Headline]) throws -> [StoryInput] {
        let annotator = Annotator(tagger: try EntityTagger.bundled())
        return StoryEvaluation.published(headlines).map { headline in
            let text = TextPipeline.analyze(canonical: Normalizer.canonical(headline.title).scalars)
            let found = annotator.annotate(text, language: LanguageDetector.detect(headline.title), published: nil)
            let entities = Set(found.entities.map { "\($0.type.rawValue)|\(MatchKey.of($0.name))" })
            return StoryInput(id: headline.id, title: headline.title, text: "", entities: entities, day: nil)
        }
    }
}
