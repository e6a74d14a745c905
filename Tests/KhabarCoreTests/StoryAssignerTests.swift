import Foundation
import KhabarCore
import KhabarText
import Testing

/// Stories on real text: the five samples are two stories a year apart on one topic.
@Suite("story assignment")
struct StoryAssignerTests {
    /// The sample's story input: cleaned text, title and the names of its entities.
    static func input(_ prefix: String) throws -> StoryInput {
        let sample = try Fixtures.sample(prefix)
        let analyzed = Fixtures.analyzer.analyze(Fixtures.raw(sample.text, path: sample.name))
        let entities = Set(
            analyzed.annotations.entities.map { "\($0.type.rawValue)|\(MatchKey.of($0.english ?? $0.name))" })
        return StoryInput(id: prefix, title: analyzed.document.title, text: analyzed.document.text, entities: entities)
    }

    /// The groups the five samples form when they arrive in every one of the 120 orders (word frequencies
    /// counted over all five first).
    static func sampleGroups() throws -> [[Int]: Set<Set<String>>] {
        let inputs = try ["000", "001", "002", "003", "004"].map(Self.input)
        var orders: [[Int]] = [[]]
        for _ in 0..<5 {
            orders = orders.flatMap { order in (0..<5).filter { !order.contains($0) }.map { order + [$0] } }
        }
        var groups: [[Int]: Set<Set<String>>] = [:]
        for order in orders {
            // As `khabar analyze` groups them: word frequencies over all five first.
            var assigner = StoryAssigner()
            for input in inputs { assigner.observe(input) }
            for k in order { assigner.assign(inputs[k], observed: true) }
            groups[order] = Set(assigner.stories.filter { !$0.articles.isEmpty }.map { Set($0.articles) })
        }
        return groups
    }

    @Test(
        "the samples' two events (Kim's 2023 visit: 003, 004; Putin's 2024 visit: 000, 001, 002) never share a story, and 001 joins its rewrite 002, in every order",
        .enabled(if: Fixtures.samplesPresent))
    func samplesApart() throws {
        let groups = try Self.sampleGroups()
        #expect(groups.count == 120)
        for (order, stories) in groups {
            #expect(stories.contains { $0.isSuperset(of: ["001", "002"]) }, "order \(order)")
            for story in stories {
                #expect(
                    story.isSubset(of: ["000", "001", "002"]) || story.isSubset(of: ["003", "004"]), "order \(order)")
            }
        }
    }

    @Test(
        "the five samples form exactly two stories in every order",
        .enabled(if: Fixtures.samplesPresent),
        .disabled(
            "known miss (issue 10): without publication dates content alone keeps 003 and 004 apart, and 000 joins 001 and 002 in 80 of the 120 orders"
        ))
    func samples() throws {
        for (order, stories) in try Self.sampleGroups() {
            #expect(stories == [["000", "001", "002"], ["003", "004"]], "order \(order)")
        }
    }

    @Test("a copy joins its original's story; an unrelated article starts its own; ids are first articles")
    func joinsAndStarts() {
        let budget = "वित्त मंत्री ने संसद में बजट पेश किया। बजट में किसानों के लिए नई योजना और आयकर में छूट की घोषणा की गई।"
        let cricket = "भारत ने तीसरे टेस्ट में ऑस्ट्रेलिया को पांच विकेट से हराया। कप्तान ने शतक लगाया और श्रृंखला बराबर कर दी।"
        var assigner = StoryAssigner()
        let first = assigner.assign(StoryInput(id: "a", title: "संसद में बजट पेश", text: budget, day: 19_000))
        let copy = assigner.assign(StoryInput(id: "b", title: "बजट में किसानों को राहत", text: budget, day: 19_000.5))
        let other = assigner.assign(StoryInput(id: "c", title: "भारत ने टेस्ट जीता", text: cricket, day: 19_001))
        #expect(first.started && !copy.started && other.started)
        #expect(copy.story == first.story)
        #expect(assigner.stories[first.story].id == "a")
        #expect(assigner.stories[other.story].articles == ["c"])
        // The same words three weeks later are another event: the window closes the old story.
        let later = assigner.assign(StoryInput(id: "d", title: "संसद में बजट पेश", text: budget, day: 19_021))
        #expect(later.started)
    }

    @Test("empty articles, one-word titles and 2,000 articles on one topic: no crash, nothing lost")
    func badInput() {
        var assigner = StoryAssigner()
        assigner.assign(StoryInput(id: "empty", title: nil, text: ""))
        assigner.assign(StoryInput(id: "word", title: "कोरोना", text: ""))
        for k in 0..<2_000 {
            assigner.assign(
                StoryInput(
                    id: "n\(k)", title: "कोरोना के \(k % 50) नए मामले",
                    text: "जिले में कोरोना संक्रमण के \(k) नए मामले मिले। अस्पताल \(k % 7) में जांच जारी है।",
                    day: 19_000 + Double(k) / 200))
        }
        let placed = assigner.stories.reduce(0) { $0 + $1.articles.count }
        #expect(placed == 2_002)
        #expect(Set(assigner.stories.flatMap(\.articles)).count == 2_002)
    }
}

@Suite("story summaries")
struct StorySummaryTests {
    @Test("central lead sentences, nothing said twice, quotes whole or not at all, within the word budget")
    func summary() {
        let first = StorySummary.Article(
            id: "a",
            text: """
                पटना में गंगा का जलस्तर खतरे के निशान से डेढ़ मीटर ऊपर पहुंच गया है। निचले इलाकों के करीब बीस गांवों में पानी घुस गया है। \
                जिला प्रशासन ने राहत शिविर खोले हैं और नावों की व्यवस्था की है।
                """)
        let copy = StorySummary.Article(
            id: "b",
            text: """
                पटना में गंगा का जलस्तर खतरे के निशान से डेढ़ मीटर ऊपर पहुंच गया है। मंत्री ने कहा, "हम हर परिवार तक मदद पहुंचाएंगे। \
                मौसम विभाग ने अगले दो दिन भारी बारिश की चेतावनी दी है और लोगों से घाटों से दूर रहने को कहा है।
                """)
        let summary = StorySummary.summarize([first, copy], words: 40)
        #expect(!summary.isEmpty)
        let texts = summary.map(\.text)
        // The sentence both articles print is chosen once at most.
        #expect(texts.filter { $0.hasPrefix("पटना में गंगा का जलस्तर") }.count <= 1)
        // The quote left open is never cut into the summary.
        #expect(!texts.contains { $0.contains("\"") })
        #expect(summary.allSatisfy { $0.redundancy < 0.6 && ["a", "b"].contains($0.document) })
        let words = texts.reduce(0) { $0 + $1.split(separator: " ").count }
        #expect(words <= 60)
        #expect(StorySummary.summarize([]).isEmpty)
        #expect(StorySummary.summarize([StorySummary.Article(id: "x", text: "")]).isEmpty)
    }
}

@Suite("story assignment state")
struct StoryStateTests {
    static let budget = "वित्त मंत्री ने संसद में बजट पेश किया। बजट में किसानों के लिए नई योजना और आयकर में छूट की घोषणा की गई।"
    static let cricket = "भारत ने तीसरे टेस्ट में ऑस्ट्रेलिया को पांच विकेट से हराया। कप्तान ने शतक लगाया और श्रृंखला बराबर कर दी।"

    @Test("saved and read back, assignment goes on exactly as without the stop; damaged bytes are refused")
    func roundTrip() throws {
        let first = [
            StoryInput(id: "a", title: "संसद में बजट पेश", text: Self.budget, day: 19_000),
            StoryInput(id: "b", title: "भारत ने टेस्ट जीता", text: Self.cricket, day: 19_000.2),
            StoryInput(id: "c", title: nil, text: "", day: nil),
        ]
        let later = [
            StoryInput(id: "d", title: "बजट में किसानों को राहत", text: Self.budget, day: 19_001),
            StoryInput(id: "e", title: "टेस्ट श्रृंखला बराबर", text: Self.cricket, day: 19_001),
        ]
        var straight = StoryAssigner()
        for input in first + later { straight.assign(input) }
        var stopped = StoryAssigner()
        for input in first { stopped.assign(input) }
        let state = stopped.state()
        var resumed = try #require(StoryAssigner(state: state))
        // Dictionaries are written in their own order, so only the size is the same.
        #expect(resumed.state().count == state.count)
        for input in later { resumed.assign(input) }
        #expect(resumed.stories.map(\.articles) == straight.stories.map(\.articles))
        #expect(resumed.stories.map(\.articles) == [["a", "d"], ["b", "e"], ["c"]])
        #expect(StoryAssigner(state: state.prefix(state.count - 3)) == nil)
        #expect(StoryAssigner(state: Data("not a state".utf8)) == nil)
    }

    @Test("a closed story keeps its id and size but gains nothing; the same words later start a new story")
    func closing() throws {
        var assigner = StoryAssigner()
        assigner.assign(StoryInput(id: "a", title: "संसद में बजट पेश", text: Self.budget, day: 19_000))
        assigner.assign(StoryInput(id: "b", title: "बजट में किसानों को राहत", text: Self.budget, day: 19_001))
        #expect(assigner.close(before: 19_002) == 1)
        #expect(assigner.stories[0].closed && assigner.stories[0].size == 2 && assigner.stories[0].id == "a")
        let again = assigner.assign(StoryInput(id: "c", title: "संसद में बजट पेश", text: Self.budget, day: 19_001.5))
        #expect(again.started)
        let resumed = try #require(StoryAssigner(state: assigner.state()))
        #expect(resumed.index(ofStory: "a") == 0 && resumed.stories[0].closed)
    }
}
