import Foundation
import Testing

@testable import KhabarCore

/// A story's timeline and what each of its articles added, on Hindi reports of one event by several outlets.
@Suite("story timeline and updates")
struct StoryTimelineTests {
    /// An article through the per-document stage: cleaned text and its resolved dates.
    static func article(_ id: String, _ text: String, published: String) -> StoryTimeline.Article {
        let parts = published.split(separator: "-").compactMap { Int($0) }
        var raw = Fixtures.raw(text, path: "\(id).txt")
        raw.published = PublicationDate(year: parts[0], month: parts[1], day: parts[2])
        let analyzed = Fixtures.analyzer.analyze(raw)
        let text = analyzed.document.text
        let dates = analyzed.annotations.dates.map { date in
            DateRecord(
                document: id, text: text.scalarSlice(date.range), value: date.value, precision: date.precision,
                kind: date.kind, relative: date.relative, start: date.range.lowerBound, end: date.range.upperBound)
        }
        return StoryTimeline.Article(id: id, text: text, published: published, dates: dates)
    }

    @Test("the same death reported by two outlets is one line with two sources; publication days are lines")
    func timeline() {
        let a = Self.article(
            "a", "नवांशहर के 70 वर्षीय बुजुर्ग की बुधवार को कोरोना वायरस से मौत हो गई। वह हाल ही में जर्मनी से लौटे थे।",
            published: "2020-03-19")
        let b = Self.article(
            "b",
            "पंजाब के नवांशहर में बुधवार को 70 वर्षीय बुजुर्ग की कोरोना वायरस से मौत हो गई। सरकार ने 31 मार्च तक सभी स्कूल बंद रखने का फैसला किया है।",
            published: "2020-03-19")
        let c = Self.article(
            "c", "नवांशहर के पठलावा गांव को सील कर दिया गया है। गांव के 15 लोगों को अलग रखा गया है।", published: "2020-03-20")
        let lines = StoryTimeline.build([a, b, c])
        let death = lines.filter { $0.kind == .event && $0.date == "2020-03-18" }
        #expect(death.count == 1)
        #expect(death.first?.sources.map(\.document) == ["a", "b"])
        #expect(death.first?.sentence.hasPrefix("नवांशहर के 70 वर्षीय") == true)
        #expect(lines.contains { $0.kind == .event && $0.date == "2020-03-31" && $0.sources.map(\.document) == ["b"] })
        let days = lines.filter { $0.kind == .published }
        #expect(days.map(\.date) == ["2020-03-19", "2020-03-20"])
        #expect(days.first?.sources.map(\.document) == ["a", "b"])
        // In order of time.
        #expect(lines.map(\.date) == lines.map(\.date).sorted())
    }

    @Test("weeks sort by their Monday: 2020-W15 after 2020-04-05 and before 2020-04-07, a month before its days")
    func weekOrder() {
        #expect(StoryTimeline.sortKey("2020-W15") > "2020-04-05" && StoryTimeline.sortKey("2020-W15") < "2020-04-07")
        #expect(StoryTimeline.sortKey("2020-W15") < StoryTimeline.sortKey("2020-09"))
        #expect(StoryTimeline.sortKey("2020-04") < StoryTimeline.sortKey("2020-04-01"))
    }

    @Test("an update lists only what is new: a repeated sentence no, a new figure and a new fact yes")
    func updates() {
        let first = StoryNovelty.Article(
            id: "a",
            text:
                "देश में कोरोना वायरस के मामलों की संख्या बढ़कर 83 हो गई है। स्वास्थ्य मंत्रालय ने सोमवार को यह जानकारी दी। दिल्ली और कर्नाटक में एक एक मरीज की मौत हुई है।"
        )
        let second = StoryNovelty.Article(
            id: "b",
            text:
                "देश में कोरोना वायरस के मामलों की संख्या बढ़कर 84 हो गई है। दिल्ली और कर्नाटक में एक एक मरीज की मौत हुई है। केरल में तीन नए मरीज ठीक होकर घर लौट गए हैं।"
        )
        let updates = StoryNovelty.updates([first, second])
        #expect(updates.map(\.document) == ["a", "b"])
        #expect(updates[0].first && updates[0].added.isEmpty && updates[0].novelty == 1)
        #expect(updates[1].added.count == 2)
        #expect(updates[1].added.first?.contains("84") == true)
        #expect(updates[1].added.last?.hasPrefix("केरल में तीन नए मरीज") == true)
        #expect(abs(updates[1].novelty - 2.0 / 3.0) < 1e-9)
    }

    @Test(
        "on the samples: the rewrite 002 adds little to 001; the 2023 report 003 adds most of itself to 000",
        .enabled(if: Fixtures.samplesPresent))
    func samples() throws {
        func article(_ prefix: String) throws -> StoryNovelty.Article {
            let sample = try Fixtures.sample(prefix)
            let analyzed = Fixtures.analyzer.analyze(Fixtures.raw(sample.text, path: sample.name))
            return StoryNovelty.Article(id: prefix, text: analyzed.document.text)
        }
        let rewrite = StoryNovelty.updates([try article("001"), try article("002")])
        #expect(rewrite[1].novelty < 0.3)
        let other = StoryNovelty.updates([try article("000"), try article("003")])
        #expect(other[1].novelty > 0.8)
    }
}
