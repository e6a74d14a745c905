import Foundation
import KhabarCore
public import KhabarStore

/// Stage 6: stories. Every stored document in no story yet joins one (``StoryAssigner``), continuing from the
/// assignment state the last run saved, so ingest is incremental; copies join their original's story.
extension Pipeline {
    /// Documents read per step of story assignment.
    static let storyStep = 20_000

    /// Places every stored document that is in no story yet.
    ///
    /// A step's documents are counted into the word frequencies first and then placed in order of
    /// publication (then of ingest); the placements, the stories they touched, merges and the assignment
    /// state are saved together, so a run stopped half-way leaves a state the next one continues. When
    /// another run placed documents meanwhile, the step starts again from what that one saved: nothing is
    /// lost or placed twice.
    ///
    /// - Returns: how many documents were placed.
    public func tellStories(_ store: any Store) async throws -> Int {
        var placed = 0
        restart: while true {
            var assigner = StoryAssigner(model: storyModel, undated: undatedStoryModel)
            var placedBefore = try await store.storiedCount()
            if let saved = try await store.storyState(), saved.placed == placedBefore,
                let continued = StoryAssigner(state: saved.state, model: storyModel, undated: undatedStoryModel)
            {
                assigner = continued
            } else if placedBefore > 0 {
                // Placements without the state that made them (an older Khabar): make the stories again.
                try await store.clearStories()
                placedBefore = 0
            }
            while true {
                let documents = try await store.unstoriedDocuments(limit: Self.storyStep)
                if documents.isEmpty { return placed }
                let ids = documents.map(\.id)
                var entitiesOf: [String: Set<String>] = [:]
                for mention in try await store.mentions(documents: ids) {
                    entitiesOf[mention.document, default: []].insert(mention.entity)
                }
                var originalOf: [String: String] = [:]
                for record in try await store.duplicates(documents: ids) where record.documents.count == 2 {
                    originalOf[record.documents[1]] = record.documents[0]
                }
                let storyOfOriginal = try await store.stories(ofDocuments: Array(Set(originalOf.values)))
                let entities = entitiesOf
                let inputs = await Parallel.map(documents, tasks: parallelism) { document in
                    StoryInput(document: document, entities: entities[document.id] ?? [])
                }
                for input in inputs { assigner.observe(input) }
                let ordered = inputs.enumerated().sorted { a, b in
                    (a.element.day ?? .infinity, a.offset) < (b.element.day ?? .infinity, b.offset)
                }.map(\.element)
                let titles = Dictionary(documents.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
                let mergesBefore = assigner.merges.count
                var storyOf: [String: String] = [:]
                var placements: [StoryBatch.Placement] = []
                var touched: [Int] = []
                for input in ordered {
                    let placement: StoryAssigner.Placement
                    if let original = originalOf[input.id], let story = storyOf[original] ?? storyOfOriginal[original] {
                        placement = assigner.assign(input, joining: story, observed: true)
                    } else {
                        placement = assigner.assign(input, observed: true)
                    }
                    let story = assigner.stories[placement.story]
                    storyOf[input.id] = story.id
                    placements.append(.init(document: input.id, story: story.id, probability: placement.probability))
                    touched.append(placement.story)
                }
                let merges = assigner.merges[mergesBefore...].map { (from: $0.from, into: $0.into) }
                // A placement made before a merge in the same step names the story it now lives on as.
                for k in placements.indices {
                    if let s = assigner.index(ofStory: placements[k].story) {
                        placements[k].story = assigner.stories[s].id
                    }
                }
                var seen = Set<Int>()
                let stories = touched.compactMap { s -> StoryBatch.Story? in
                    let s = assigner.index(ofStory: assigner.stories[s].id) ?? s
                    guard seen.insert(s).inserted else { return nil }
                    let story = assigner.stories[s]
                    return StoryBatch.Story(
                        id: story.id, headline: titles[story.id] ?? nil, firstDay: story.firstDay.map { Int($0) },
                        lastDay: story.lastDay.map { Int($0) })
                }
                // Stories that a new article can no longer join (two windows behind the newest) are closed:
                // the state grows with the open stories, not with the archive.
                assigner.close(before: assigner.newestDay.map { $0 - 2 * StoryAssigner.windowDays })
                let saved = try await store.save(
                    StoryBatch(placements: placements, stories: stories, merges: merges), state: assigner.state(),
                    expecting: placedBefore)
                // Another run placed documents first: continue from what it saved.
                guard saved else { continue restart }
                placed += placements.count
                placedBefore += placements.count
            }
        }
    }
}
