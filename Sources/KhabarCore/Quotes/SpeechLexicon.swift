import KhabarText

/// What a word or punctuation token can do in a speech frame, as a bit set (one word can have several roles:
/// `की` is a genitive and a light verb).
struct SpeechRole: OptionSet, Sendable, Hashable {
    let rawValue: UInt64

    // Hindi.
    /// The ergative postposition ने.
    static let ergative = SpeechRole(rawValue: 1 << 0)
    /// A pronoun fused with ने: उन्होंने, उसने, मैंने …
    static let ergativePronoun = SpeechRole(rawValue: 1 << 1)
    /// A third-person pronoun that needs an antecedent (उन्होंने, उनका, वह; he, she, they).
    static let anaphor = SpeechRole(rawValue: 1 << 2)
    /// A possessive pronoun that can head a frame: उनका कहना, उनके अनुसार.
    static let possessivePronoun = SpeechRole(rawValue: 1 << 3)
    /// The genitive का / के / की.
    static let genitive = SpeechRole(rawValue: 1 << 4)
    /// A speech verb that takes a ने subject: कहा, बताया, पूछा, लिखा …
    static let speechVerb = SpeechRole(rawValue: 1 << 5)
    /// A noun that makes a speech verb with a light verb: दावा (किया), चेतावनी (दी) …
    static let speechNoun = SpeechRole(rawValue: 1 << 6)
    /// A finite light verb: किया, की, दी, लगाया, जताई …
    static let lightVerb = SpeechRole(rawValue: 1 << 7)
    /// A word that may stand between a speech noun and its light verb: व्यक्त, जाहिर, भी.
    static let lightLink = SpeechRole(rawValue: 1 << 8)
    /// A speech verb without ने: बोले, बोलीं, कहते, कहती …
    static let intransitiveSpeech = SpeechRole(rawValue: 1 << 9)
    /// कहना (in X का कहना है).
    static let kahna = SpeechRole(rawValue: 1 << 10)
    /// अनुसार / मुताबिक (after के).
    static let accordingTo = SpeechRole(rawValue: 1 << 11)
    /// हवाले (in X के हवाले से).
    static let citing = SpeechRole(rawValue: 1 << 12)
    /// The complementizer कि.
    static let complementizer = SpeechRole(rawValue: 1 << 13)
    /// An auxiliary that may follow a verb: है, था, थीं …
    static let auxiliary = SpeechRole(rawValue: 1 << 14)
    /// A passive or participle marker after a verb: गया, जा, जाता, हुए.
    static let passive = SpeechRole(rawValue: 1 << 15)
    /// A word that ends a noun phrase when walking left from its head: postpositions, conjunctions of
    /// clauses, adverbs of time, particles, verbs.
    static let phraseStop = SpeechRole(rawValue: 1 << 16)
    /// A postposition that makes a noun phrase oblique: में, से, को, पर, तक, द्वारा.
    static let postposition = SpeechRole(rawValue: 1 << 17)
    /// A conjunction that may join two speakers: और, व, एवं, तथा; and.
    static let conjunction = SpeechRole(rawValue: 1 << 18)
    /// The word से (after हवाले).
    static let se = SpeechRole(rawValue: 1 << 19)
    /// A verb form that says the speaker is a woman: बोलीं, कहती; she.
    static let feminine = SpeechRole(rawValue: 1 << 20)
    /// A verb form that says the speaker is a man: बोले, कहते; he.
    static let masculine = SpeechRole(rawValue: 1 << 21)
    /// A title that says a woman follows: श्रीमती, सुश्री; Mrs, Ms.
    static let feminineTitle = SpeechRole(rawValue: 1 << 22)
    /// A title that says a man follows: श्री; Mr.
    static let masculineTitle = SpeechRole(rawValue: 1 << 23)
    /// A subject pronoun that is a noun phrase of its own: वह, वे; he, she, it, we.
    static let subjectPronoun = SpeechRole(rawValue: 1 << 24)
    /// The head of a non-source phrase before के अनुसार: नियम, योजना, आंकड़ों …
    static let notASource = SpeechRole(rawValue: 1 << 25)
    /// A word that links a clause to the one before (a relative pronoun, लेकिन, जबकि; which, but): what follows
    /// a speech verb and a comma after it is no report.
    static let clauseLink = SpeechRole(rawValue: 1 << 28)
    /// The postposition में (a document's words: `बयान में कहा गया`).
    static let locative = SpeechRole(rawValue: 1 << 29)
    /// A past passive auxiliary: गया, गई, गए.
    static let pastPassive = SpeechRole(rawValue: 1 << 30)
    /// मानें (in `X की मानें तो`, "if X is to be believed").
    static let believe = SpeechRole(rawValue: 1 << 31)
    /// A speech noun whose object is the reported content: आरोप, दावा, इनकार, घोषणा (`X ने Y का आरोप लगाया`).
    static let objectNoun = SpeechRole(rawValue: 1 << 27)

    // English.
    /// An English speech verb: said, says, told, added …
    static let englishVerb = SpeechRole(rawValue: 1 << 32)
    /// An English verb that takes an object before its content: told, asked, urged.
    static let englishObjectVerb = SpeechRole(rawValue: 1 << 33)
    /// according (to).
    static let englishAccording = SpeechRole(rawValue: 1 << 34)
    /// to.
    static let englishTo = SpeechRole(rawValue: 1 << 35)
    /// that.
    static let englishThat = SpeechRole(rawValue: 1 << 36)
    /// A word that ends an English noun phrase when walking left or right: that, and, is, in, on …
    static let englishStop = SpeechRole(rawValue: 1 << 37)
    /// An adverb allowed between an English subject and its verb: also, later, then …
    static let englishAdverb = SpeechRole(rawValue: 1 << 38)
    /// An English auxiliary that makes the verb passive or non-finite when it comes just before it: is,
    /// was, be, been, to.
    static let englishPassive = SpeechRole(rawValue: 1 << 39)
    /// The side or agent of a passive: ओर, तरफ (`X की ओर से बताया गया`), द्वारा.
    static let agent = SpeechRole(rawValue: 1 << 41)
    /// A determiner that starts a noun phrase (the walk left keeps it and stops): इस, उस, यह; the, a, an.
    static let determiner = SpeechRole(rawValue: 1 << 40)
    /// A word pointing back at what was just said: इसकी, यह, ये (`इसकी जानकारी X ने दी`).
    static let pointsBack = SpeechRole(rawValue: 1 << 42)
    /// A noun of passing news on: जानकारी, घोषणा, पुष्टि, सूचना (`यह जानकारी X ने दी`).
    static let tidings = SpeechRole(rawValue: 1 << 43)

    // Punctuation (set from the scalar, not the lexicon).
    /// A comma.
    static let comma = SpeechRole(rawValue: 1 << 48)
    /// A colon.
    static let colon = SpeechRole(rawValue: 1 << 49)
    /// A dash or hyphen standing alone.
    static let dash = SpeechRole(rawValue: 1 << 50)
    /// A sentence end mark: । ॥ . ? !
    static let endMark = SpeechRole(rawValue: 1 << 51)
    /// A quotation mark of any style.
    static let quoteMark = SpeechRole(rawValue: 1 << 52)
    /// An opening bracket.
    static let openBracket = SpeechRole(rawValue: 1 << 53)
    /// A closing bracket.
    static let closeBracket = SpeechRole(rawValue: 1 << 54)
    /// Any other punctuation or symbol.
    static let otherPunctuation = SpeechRole(rawValue: 1 << 55)

    /// Whether the two sets share a role (one AND, where `OptionSet`'s generic algebra costs calls in debug
    /// builds).
    @inline(__always)
    func any(_ other: SpeechRole) -> Bool { rawValue & other.rawValue != 0 }

    /// Roles that can start a speech frame.
    static let cue: SpeechRole = [
        .speechVerb, .speechNoun, .intransitiveSpeech, .kahna, .accordingTo, .citing, .believe, .englishVerb,
        .englishAccording,
    ]

    /// Roles a separator between a speech verb and its quote may have.
    static let separator: SpeechRole = [.comma, .colon, .dash]
    /// Roles of punctuation that ends a noun phrase.
    static let punctuation: SpeechRole = [
        .comma, .colon, .dash, .endMark, .quoteMark, .openBracket, .closeBracket, .otherPunctuation,
    ]
}

/// The words of Hindi and English speech frames (HINDI.md, "Quotes"), keyed by ``Term`` so that a lookup is
/// one hash probe and spelling variants (मुताबिक़/मुताबिक, गयी/गई) match.
enum SpeechLexicon {
    /// The roles of every listed word, by term hash.
    static let roles: [UInt64: SpeechRole] = {
        var table: [UInt64: SpeechRole] = [:]
        for (words, role) in entries {
            for word in words.split(separator: " ") {
                table[Term(String(word)).hash, default: []].formUnion(role)
            }
        }
        return table
    }()

    /// The roles of a word token's term.
    @inline(__always)
    static func role(of term: UInt64) -> SpeechRole { roles[term] ?? [] }

    /// The roles of a punctuation or symbol scalar.
    static func role(ofPunctuation v: UInt32) -> SpeechRole {
        switch v {
        case 0x2C, 0x060C, 0x3001, 0xFF0C: .comma
        case 0x3A: .colon
        case 0x2D, 0x2013, 0x2014, 0x2015: .dash
        case 0x0964, 0x0965, 0x2E, 0x3F, 0x21, 0x2026: .endMark
        case 0x22, 0x27, 0x201C, 0x201D, 0x2018, 0x2019, 0x00AB, 0x00BB, 0x2039, 0x203A: .quoteMark
        case 0x28, 0x5B, 0x7B: .openBracket
        case 0x29, 0x5D, 0x7D: .closeBracket
        default: .otherPunctuation
        }
    }

    // The lists, space-separated. Keys fold nukta, chandrabindu, ॉ and final ये/यी, so one spelling of
    // each is enough.
    private static let entries: [(String, SpeechRole)] = [
        ("ने", [.ergative, .phraseStop]),
        ("उन्होंने उसने इन्होंने जिन्होंने", [.ergativePronoun, .anaphor]),
        ("मैंने हमने आपने तुमने इसने", [.ergativePronoun]),
        ("उनका उनकी उनके उसका उसकी उसके इनका इनकी इनके", [.possessivePronoun, .anaphor]),
        ("मेरा मेरी मेरे हमारा हमारी हमारे", [.possessivePronoun]),
        ("वह वे", [.subjectPronoun, .anaphor]),
        ("का के की", [.genitive]),
        (
            "कहा कही कहीं बताया बताई पूछा पूछी लिखा लिखी जोड़ा दोहराया माना स्वीकारा समझाया चेताया बोला सुझाया",
            [.speechVerb]
        ),
        (
            """
            दावा आरोप पुष्टि खंडन इनकार इंकार स्पष्ट चेतावनी घोषणा ऐलान आश्वासन भरोसा उम्मीद आशा चिंता आशंका \
            ट्वीट अपील आग्रह अनुरोध मांग सलाह जानकारी उल्लेख जिक्र टिप्पणी वादा संकेत सुझाव प्रतिक्रिया \
            शिकायत स्वीकार सवाल बयान कटाक्ष तंज निर्देश खुलासा इशारा जोर साफ
            """,
            [.speechNoun]
        ),
        (
            """
            जो जिसे जिसमें जिनमें जिन्हें जिनका जिनकी जिनके जिसका जिसकी जिसके जिन जिसने जहां जबकि लेकिन मगर परंतु \
            किंतु बल्कि which who whom whose where while but
            """,
            [.clauseLink]
        ),
        ("आरोप दावा इनकार इंकार खंडन", [.objectNoun]),
        ("इसकी इसका इसके यह ये यही", [.pointsBack]),
        ("जानकारी घोषणा पुष्टि सूचना ऐलान खुलासा", [.tidings]),
        ("किया की किए कीं दी दिया दिए दीं लगाया लगाई लगाए जताई जताया जताए उठाया उठाए कसा", [.lightVerb]),
        ("व्यक्त जाहिर भी", [.lightLink]),
        ("बोलीं बोली कहती बताती", [.intransitiveSpeech, .feminine]),
        ("बोले कहते कहता बताते बताता", [.intransitiveSpeech, .masculine]),
        ("कह", [.intransitiveSpeech]),
        ("ओर तरफ द्वारा", [.agent]),
        ("कहना", [.kahna]),
        ("अनुसार मुताबिक", [.accordingTo]),
        ("हवाले", [.citing]),
        ("कि", [.complementizer, .phraseStop]),
        ("है हैं था थे थी थीं रहा रही रहे", [.auxiliary, .phraseStop]),
        ("गया गई गए जा जाता जाती जाते जाएगा जाएगी जाएंगे हुए हुआ", [.passive, .phraseStop]),
        ("में", [.postposition, .phraseStop, .locative]),
        ("इसमें उसमें जिसमें", [.locative, .phraseStop]),
        ("मानें मानो", [.believe]),
        ("को पर तक द्वारा", [.postposition, .phraseStop]),
        ("गया गई गए", [.pastPassive]),
        ("से", [.postposition, .phraseStop, .se]),
        ("और व एवं तथा", [.conjunction]),
        ("and", [.conjunction, .englishStop]),
        ("श्रीमती सुश्री कुमारी", [.feminineTitle]),
        ("श्री", [.masculineTitle]),
        (
            """
            तो जब तब लेकिन मगर परंतु किंतु वहीं हालांकि क्योंकि इसलिए जबकि यदि अगर बाद पहले दौरान साथ लिए \
            तरफ ओर बीच बजाय बावजूद समय बार अब फिर ही आज कल परसों यहां वहां जहां यहीं हुई कर करके करते करती \
            करने देते देकर होकर होते रहे रही रहा जो जिसे जिसमें जिनमें जिन्हें उन्हें उसे इसे उससे इससे इसमें \
            उसमें सोमवार मंगलवार बुधवार गुरुवार बृहस्पतिवार शुक्रवार शनिवार रविवार सुबह शाम रात दोपहर दिन \
            इधर उधर बताते कहते कहती हाल बल्कि या अथवा भी नहीं न जिस यही \
            जिनका जिनकी जिनके जिसका जिसकी जिसके जिन आए आई आया पहुंचे लौटे बैठे लेकर लेते \
            वाला वाली वाले बाबत शामिल स्थित तैनात जारी \
            अलावा अतिरिक्त बारे तहत जरिए माध्यम वजह कारण
            """,
            [.phraseStop]
        ),
        (
            """
            नियम नियमों योजना निर्देश निर्देशों आदेश आदेशों कार्यक्रम परंपरा हिसाब क्रम प्रावधान प्रावधानों जरूरत \
            जरूरतों सुविधा क्षमता मानक मानकों गाइडलाइन गाइडलाइंस दिशानिर्देश दिशानिर्देशों कानून शेड्यूल अनुपात \
            आंकड़ों आंकड़े आंकड़ा अनुमान व्यवस्था प्रक्रिया स्थिति परिस्थिति परिस्थितियों सूची संविधान शर्तों \
            इच्छा अपेक्षा मानदंड प्रोटोकॉल नीति निर्णय फैसले मौसम तारीख तिथि समय इसके उसके इनके रुपये डॉलर जानकारी सूचना
            """,
            [.notASource]
        ),
        // English.
        (
            """
            said says say told tells added adds asked asks stated states announced noted explained warned \
            claimed wrote writes tweeted replied insisted argued declared confirmed denied admitted urged \
            recalled suggested acknowledged remarked observed commented responded maintained
            """,
            [.englishVerb]
        ),
        ("told tells asked asks urged warned", [.englishObjectVerb]),
        ("according", [.englishAccording]),
        ("to", [.englishTo, .englishStop, .englishPassive]),
        ("that", [.englishThat, .englishStop]),
        ("he", [.anaphor, .subjectPronoun, .masculine]),
        ("she", [.anaphor, .subjectPronoun, .feminine]),
        ("they", [.anaphor, .subjectPronoun]),
        ("mrs ms miss madam mrs. ms.", [.feminineTitle]),
        ("mr sir mr.", [.masculineTitle]),
        ("the a an इस उस इन उन यह ये इसी उसी", [.determiner]),
        ("it we i you", [.subjectPronoun]),
        (
            """
            which who whom whose but or nor so has have had do did does in on at for with by from as when \
            while after before if because than not this these those its there here also then later earlier \
            again once still ago yesterday today tomorrow
            """,
            [.englishStop]
        ),
        ("is was were are be been being", [.englishStop, .englishPassive]),
        (
            "also later then previously earlier recently further again once still reportedly publicly privately",
            [.englishAdverb]
        ),
    ]
}
