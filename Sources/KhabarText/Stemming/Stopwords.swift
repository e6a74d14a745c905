/// Function words of Hindi and English, by match key.
///
/// Speech verbs (कहा, बताया) and light verbs (किया, दिया) are deliberately **not** stopwords: quote and
/// entity extraction need them, and search users type them. Never drop stopwords before those stages.
public enum Stopwords {
    /// Whether `key` (a match key) is a stopword.
    public static func contains(_ key: String) -> Bool { hindi.contains(key) || english.contains(key) }

    /// Hindi postpositions, pronouns, auxiliaries, conjunctions and particles.
    public static let hindi: Set<String> = {
        let words = """
            का के की को से में पर तक ने और या एवं तथा व लेकिन परंतु किंतु बल्कि इसलिए क्योंकि कि तो भी ही भी नहीं न ना मत
            है हैं था थे थी थीं हो होता होती होते होगा होगी होंगे हुआ हुए हुई रहा रहे रही रहीं गया गए गई गईं जा
            यह ये वह वे वो इस उस इन उन इसे उसे इन्हें उन्हें इसका उसका इनका उनका इसकी उसकी इनकी उनकी इसके उसके इनके
            उनके मैं हम तुम आप मुझे हमें तुम्हें आपको मेरा मेरी मेरे हमारा हमारी हमारे तुम्हारा आपका आपकी आपके अपना अपनी
            अपने खुद स्वयं कोई कुछ सब सभी हर कई किसी किस कौन क्या कहां कहाँ जहां जहाँ वहां वहाँ यहां यहाँ कब जब तब अब
            कैसे जैसे वैसे ऐसे ऐसा ऐसी वैसा जो जिस जिन जिसे जिन्हें जिसका जिसकी जिसके जिनका जिनकी जिनके साथ बाद पहले
            लिए लिये द्वारा बारे ओर तरह बीच दौरान अंदर बाहर ऊपर नीचे पास आदि इत्यादि यदि अगर वरना फिर एक दो
            उन्होंने इन्होंने उसने इसने मैंने हमने आपने किसने जिसने जिन्होंने
            """
        return Set(words.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { MatchKey.of(String($0)) })
    }()

    /// The Hindi stopwords as terms.
    public static let hindiTerms = TermSet(terms: hindi.map { Term($0) })

    /// The English stopwords as terms.
    public static let englishTerms = TermSet(terms: english.map { Term($0) })

    /// English function words.
    public static let english: Set<String> = {
        let words = """
            a an the and or but nor so yet for of to in on at by from with without into onto over under about above
            below between through during before after since until up down out off than then as if because while
            although though whether is are was were be been being am do does did done have has had having will would
            shall should can could may might must i me my mine we us our ours you your yours he him his she her hers
            it its they them their theirs this that these those who whom whose which what where when why how all any
            both each few more most other some such no not only own same too very just also there here
            """
        return Set(words.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
    }()
}
