import Testing

@testable import KhabarText

@Suite("Light stemming and stopwords")
struct StemmerTests {
    @Test(
        "Hindi inflections reduce to one stem; English plurals lose their s",
        arguments: [
            ("लड़कियों", "लडक"),
            ("लड़कियां", "लडक"),
            ("लड़कियाँ", "लडक"),
            ("जाएंगे", "जा"),
            ("लोगों", "लोग"),
            ("किताबें", "किताब"),
            ("करेंगे", "कर"),
            ("करेगा", "कर"),
            ("देशों", "देश"),
            ("मोदी", "मोद"),  // why entity names must not be stemmed
            ("है", "है"),  // too short to lose anything
            ("policies", "policy"),
            ("officials", "official"),
            ("boxes", "boxe"),
            ("glass", "glass"),
            ("bus", "bus"),
            ("toes", "toes"),
        ])
    func stems(word: String, stem: String) {
        #expect(Stemmer.stem(word) == stem)
    }

    @Test("stemming never leaves fewer than two scalars")
    func minimumStem() {
        for word in ["खा", "ना", "ले", "गया", "गई", "रहा", "हुआ", "दी"] {
            #expect(Stemmer.stem(word).unicodeScalars.count >= min(2, MatchKey.of(word).unicodeScalars.count))
        }
    }

    @Test("stopwords are looked up by match key; speech verbs are not stopwords")
    func stopwords() {
        #expect(Stopwords.contains(MatchKey.of("में")))
        #expect(Stopwords.contains(MatchKey.of("उन्होंने")))
        #expect(Stopwords.contains("the"))
        #expect(!Stopwords.contains(MatchKey.of("कहा")))
        #expect(!Stopwords.contains(MatchKey.of("बताया")))
        #expect(!Stopwords.contains(MatchKey.of("पुतिन")))
    }
}
