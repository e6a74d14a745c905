import Testing

@testable import KhabarText

@Suite("Language detection")
struct LanguageDetectorTests {
    @Test(
        "script shares and function words decide the language",
        arguments: [
            ("अब अगर उत्तर कोरिया (North Korea) या रूस (Russia) पर किसी देश ने हमला किया तो दोनों मिलकर लड़ेंगे.", Language.hindi),
            (
                "North Korea's Kim Jong Un and Russian President Putin share a toast after signing the agreement.",
                .english
            ),
            ("Yeh bahut accha hai aur main ghar ja raha hoon, kya tum bhi aa rahe ho?", .hindi),
            ("The minister said that the flood was severe. मंत्री ने कहा कि बाढ़ गंभीर थी और राहत जारी है।", .mixed),
            ("123 456 !!! ...", .undetermined),
            ("", .undetermined),
        ])
    func detect(text: String, language: Language) {
        #expect(LanguageDetector.detect(text) == language)
    }
}
