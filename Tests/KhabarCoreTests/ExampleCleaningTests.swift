import Foundation
import KhabarCore
import KhabarText
import Testing

/// The demo corpus in Examples/ doubles as a fixture: Examples/README.md lists every line the cleaner must
/// remove, and why; these tests hold the cleaner to that list (and to nothing more).
@Suite("Cleaning the demo corpus")
struct ExampleCleaningTests {
    static let news = Fixtures.root.appendingPathComponent("Examples/news")

    static let expected: [(file: String, removed: [(RemovalReason, String)], title: Bool)] = [
        (
            "hi-flood-patna-1.txt",
            [
                (.dateline, "पटना, 3 जुलाई (भाषा)।"),
                (.socialEmbed, "Water level of Ganga at Gandhi Ghat"),
                (.socialEmbed, "— Patna Flood Control Room (@PatnaFloodDesk) July 3, 2026"),
                (.hashtags, "#बाढ़ #पटना #गंगा #बिहार_बाढ़ #FloodAlert"),
                (.timestamp, "2026-07-03 14:22:10"),
            ], true
        ),
        (
            "hi-flood-patna-2.txt",
            [
                (.dateline, "पटना :"), (.repeated, "जिलाधिकारी अरविंद वर्मा ने बताया कि गंगा किनारे के 76"),
                (.widget, "What's Your Reaction?"), (.widget, "Like 0 Dislike 0 Love 0 Funny 0 Angry 0 Sad 0 Wow 0"),
            ], false
        ),
        (
            "hi-flood-patna-3.txt",
            [
                (.byline, "रिपोर्ट: प्रशांत कुमार झा, पटना ब्यूरो"),
                (.relatedLink, "यह भी पढ़ें: बिहार में बाढ़ से 14 ज़िले प्रभावित"),
            ], true
        ),
        (
            "en-flood-patna-1.txt",
            [
                (.byline, "By Meera Iyer | Updated: July 3, 2026 16:05 IST"), (.dateline, "PATNA (PTI) -"),
                (.relatedLink, "Also Read: Bihar floods"), (.widget, "Share: Facebook | Twitter | WhatsApp"),
            ], true
        ),
        ("hi-metro-lucknow-1.txt", [(.dateline, "लखनऊ, 14 जुलाई (भाषा)।")], true),
        (
            "hi-metro-lucknow-2.txt",
            [
                (.dateline, "लखनऊ :"), (.repeated, "उद्घाटन समारोह में मुख्यमंत्री ने कहा"),
                (.widget, "हर बड़ी खबर सबसे पहले पाने के लिए हमारे फेसबुक पेज"),
            ], false
        ),
        (
            "hi-metro-lucknow-3.txt",
            [
                (.widget, "ताज़ा और भरोसेमंद ख़बरों के लिए डाउनलोड करें हमारा मोबाइल ऐप"),
                (.relatedLink, "यह भी पढ़ें: लखनऊ मेट्रो किराया सूची"),
            ], true
        ),
        (
            "hi-heatwave-rajasthan-1.txt",
            [(.dateline, "जयपुर, 12 जून (भाषा)।"), (.hashtags, "#ल #रजस्थन #गर्म #हटवव")], true
        ),
        ("hi-heatwave-churu-1.txt", [(.dateline, "चूरू, 13 जून (भाषा)।")], true),
        ("hi-heatwave-churu-2.txt", [(.dateline, "चूरू, 13 जून (भाषा)।")], true),
        (
            "hi-cricket-kanpur-1.txt",
            [
                (.dateline, "कानपुर, 18 जुलाई (वार्ता)।"), (.hashtags, "#GangaCupT20 #BIHvUP #ग्रीनपार्क #क्रिकेट"),
                (.timestamp, "2026-07-18 23:41:05"),
            ], false
        ),
        (
            "en-cricket-kanpur-1.txt",
            [
                (.byline, "Sports Desk | July 19, 2026 08:15 IST"), (.dateline, "KANPUR:"),
                (.widget, "Follow us on Facebook, X and Instagram"),
            ], true
        ),
    ]

    @Test("every listed piece is removed with its reason, and nothing else", arguments: 0..<12)
    func removals(index: Int) throws {
        let (file, removals, hasTitle) = Self.expected[index]
        let text = try String(contentsOf: Self.news.appendingPathComponent(file), encoding: .utf8)
        let cleaned = Cleaner().clean(Fixtures.raw(text, path: file))
        #expect(cleaned.removed.count == removals.count, "\(file): \(cleaned.removed.map(\.text))")
        for (piece, (reason, prefix)) in zip(cleaned.removed, removals) {
            #expect(piece.reason == reason, "\(file): \(piece.text)")
            #expect(piece.text.hasPrefix(prefix), "\(file): \(piece.text) does not start with \(prefix)")
        }
        #expect((cleaned.title != nil) == hasTitle, "\(file)")
    }

    @Test("the two Churu files differ in bytes but clean to the same text and content hash")
    func exactDuplicate() throws {
        let analyzer = Fixtures.analyzer
        let documents = try ["hi-heatwave-churu-1.txt", "hi-heatwave-churu-2.txt"].map { file in
            let text = try String(contentsOf: Self.news.appendingPathComponent(file), encoding: .utf8)
            return analyzer.analyze(Fixtures.raw(text, path: file)).document
        }
        #expect(documents[0].original != documents[1].original)
        #expect(documents[0].text == documents[1].text)
        #expect(documents[0].contentHash == documents[1].contentHash)
        #expect(documents[0].id != documents[1].id)
    }

    @Test("bylines with a time give the publication date")
    func bylineDates() throws {
        let text = try String(contentsOf: Self.news.appendingPathComponent("en-flood-patna-1.txt"), encoding: .utf8)
        #expect(Cleaner().clean(Fixtures.raw(text)).published?.iso == "2026-07-03T16:05:00+05:30")
    }
}
