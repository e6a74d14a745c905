import Foundation
import KhabarCore
import KhabarText
import Testing

/// Entity recognition and linking on sentences written for these tests, with the traps of HINDI.md.
@Suite("Entities")
struct EntityTests {
    let reader = Fixtures.annotator

    /// The reading of a text, and for each document entity the texts of its mentions.
    func read(_ text: String, language: Language = .hindi) -> (reading: Annotations, groups: [[String]]) {
        let reading = reader.annotate(text: text, language: language)
        let groups = reading.entities.map { entity in entity.mentions.map { reading.mentions[$0].text } }
        return (reading, groups)
    }

    /// The entity whose mentions include this text.
    func group(_ groups: [[String]], containing text: String) -> [String]? {
        groups.first { $0.contains(text) }
    }

    @Test("the shipped tagger model loads")
    func modelLoads() throws {
        let tagger = try EntityTagger.bundled()
        let text = Normalizer.canonical("प्रधानमंत्री नरेंद्र मोदी ने दिल्ली में कहा।")
        let tokens = Tokenizer.tokenize(text)
        let tags = tagger.tag(text, tokens: tokens, sentences: SentenceSegmenter.segment(text, tokens: tokens))
        #expect(tags.count == tokens.count)
        #expect(tags.contains(.beginPerson) && tags.contains(.beginPlace))
    }

    @Test("किम after किम जोंग उन is him; किम यो जोंग and किम इल सुंग स्क्वायर are not")
    func kimFamily() {
        let (reading, groups) = read(
            "उत्तर कोरिया के नेता किम जोंग उन ने सोमवार को राजधानी में सैन्य परेड देखी। उनकी बहन किम यो जोंग भी वहां थीं। "
                + "परेड किम इल सुंग स्क्वायर पर हुई। बाद में किम ने सैनिकों को संबोधित किया।")
        let leader = group(groups, containing: "किम जोंग उन")
        #expect(leader?.contains("किम") == true)
        #expect(leader?.contains("किम यो जोंग") == false)
        let sister = group(groups, containing: "किम यो जोंग")
        #expect(sister != nil && sister != leader)
        #expect(!reading.mentions.contains { $0.type == .person && $0.text.hasPrefix("किम इल सुंग") })
        #expect(leader?.contains { $0.contains("स्क्वायर") } == false)
    }

    @Test("no person inside 8,000 किमी, and digits are never names")
    func kilometres() {
        let (reading, _) = read("दोनों राजधानियों के बीच की दूरी लगभग 8,000 किमी है और रेल से सात दिन लगते हैं।")
        #expect(!reading.mentions.contains { $0.text.contains("किमी") || $0.text.contains("8,000") })
    }

    @Test("मास्को and मॉस्को are one place, in one document and across documents")
    func moscow() {
        let (_, groups) = read("राष्ट्रपति पुतिन मास्को लौट आए। मॉस्को में शाम को बैठक हुई।")
        #expect(group(groups, containing: "मास्को")?.contains("मॉस्को") == true)
        let first = reader.annotate(text: "विदेश मंत्री ने मास्को में बैठक की।", language: .hindi)
        let second = reader.annotate(text: "मॉस्को में भारी बर्फबारी हुई।", language: .hindi)
        var directory = EntityDirectory()
        let a = first.entities.filter { $0.type == .place }.map { directory.resolve($0) }
        let b = second.entities.filter { $0.type == .place }.map { directory.resolve($0) }
        #expect(!a.isEmpty && a == b)
        #expect(directory.entities[a[0]].latin == "Moscow")
    }

    @Test("titles and honorifics stay outside the name: राष्ट्रपति व्लादिमीर पुतिन, श्री पुतिन, पुतिन जी")
    func titles() {
        let (reading, groups) = read(
            "रूस के राष्ट्रपति व्लादिमीर पुतिन ने बुधवार को भाषण दिया। श्री पुतिन ने कहा कि बातचीत जारी रहेगी। "
                + "समर्थकों ने पुतिन जी के नारे लगाए।")
        let putin = group(groups, containing: "व्लादिमीर पुतिन")
        #expect(putin != nil)
        #expect(putin?.allSatisfy { $0 == "व्लादिमीर पुतिन" || $0 == "पुतिन" } == true)
        #expect((putin?.count ?? 0) >= 2)
        #expect(!reading.mentions.contains { $0.text.contains("राष्ट्रपति") || $0.text.contains("श्री") })
    }

    @Test("Vladimir Putin in English and व्लादिमीर पुतिन in Hindi are one person with a Latin form")
    func crossScript() {
        let hindi = reader.annotate(text: "रूसी राष्ट्रपति व्लादिमीर पुतिन ने सोमवार को कहा कि युद्ध जल्द खत्म होगा।", language: .hindi)
        let english = reader.annotate(
            text: "Russian President Vladimir Putin said on Monday that the war would end soon.", language: .english)
        var directory = EntityDirectory()
        let h = hindi.entities.filter { $0.type == .person }.map { directory.resolve($0) }
        let e = english.entities.filter { $0.type == .person }.map { directory.resolve($0) }
        #expect(h.count == 1 && h == e)
        #expect(directory.entities[h[0]].name == "व्लादिमीर पुतिन")
        #expect(directory.entities[h[0]].latin == "Vladimir Putin")
    }

    @Test("people and places the lists do not know are found by the tagger and cues")
    func unknownNames() {
        let (reading, _) = read("मुख्यमंत्री रमेश वर्मा ने शुक्रवार को लखनऊ में नई योजना की घोषणा की।")
        #expect(reading.mentions.contains { $0.type == .person && $0.text == "रमेश वर्मा" })
        #expect(reading.mentions.contains { $0.type == .place && $0.text == "लखनऊ" })
    }

    @Test("a user's query finds an entity in either script or spelling")
    func lookup() {
        let reading = reader.annotate(text: "राष्ट्रपति व्लादिमीर पुतिन ने मॉस्को में बैठक की। पुतिन ने कहा कि वे खुश हैं।", language: .hindi)
        let directory = EntityDirectory(annotations: [reading])
        let putin = directory.entities.first { $0.name == "व्लादिमीर पुतिन" }
        #expect(putin?.isNamed(by: "Putin") == true)
        #expect(putin?.isNamed(by: "पुतिन") == true)
        #expect(putin?.isNamed(by: "मास्को") == false)
        let moscow = directory.entities.first { $0.type == .place }
        #expect(moscow?.isNamed(by: "मास्को") == true)
        #expect(moscow?.isNamed(by: "moscow") == true)
    }
}
