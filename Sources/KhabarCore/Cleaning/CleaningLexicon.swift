import KhabarText

/// The cue words and phrases of the cleaning rules, in Hindi and English, by match key.
///
/// The rules never fire on a platform or cue word alone (prose mentions ट्विटर and फेसबुक all the time):
/// each rule pairs a cue with a shape — a line anchor, an imperative, a first-person pronoun, a URL.
enum CleaningLexicon {
    static func terms(_ words: [String]) -> Set<Term> { Set(words.map { Term($0) }) }

    /// News agencies and desks that datelines and credits name.
    static let agencies = terms([
        "भाषा", "वार्ता", "यूएनआई", "यूएनआइ", "आईएएनएस", "आइएएनएस", "पीटीआई", "पीटीआइ", "एएनआई", "एएनआइ", "जेएनएन",
        "एजेंसी", "एजेंसियां", "एजेंसियों", "एजेंसिया", "आरएनआई", "रॉयटर्स", "रायटर्स", "एपी", "एएफपी", "हिस", "ब्यूरो",
        "संवाददाता", "संवादाता", "डेस्क", "प्रतिनिधि", "सहयोगी", "pti", "ians", "ani", "uni", "reuters", "ap", "afp",
        "bloomberg", "agencies", "agency", "bureau", "desk", "rni",
    ])

    /// Platform, share and reaction words that make up share and reaction widgets.
    static let widgetWords = terms([
        "facebook", "twitter", "x", "email", "e-mail", "mail", "whatsapp", "wp", "affiliates", "linkedin",
        "telegram", "pinterest", "reddit", "koo", "instagram", "youtube", "print", "share", "shares", "copy", "link",
        "tweet", "like", "likes", "dislike", "love", "funny", "angry", "sad", "wow", "haha", "comment", "comments",
        "फेसबुक", "ट्विटर", "व्हाट्सएप", "व्हाट्सऐप", "ईमेल", "शेयर", "लाइक", "कमेंट", "टेलीग्राम", "इंस्टाग्राम", "यूट्यूब",
        "कू", "प्रिंट", "कॉपी", "लिंक",
    ])

    /// Platform names that may be glued together in a widget line ("facebooktwitteremail").
    static let gluedWidgetWords = [
        "facebook", "twitter", "email", "whatsapp", "affiliates", "linkedin", "telegram", "pinterest", "print",
        "share", "wp", "mail",
    ]

    /// Reaction prompts.
    static let reactionPrompts = Phrases([
        "What's Your Reaction?", "What is your reaction", "आपकी प्रतिक्रिया", "आपकी क्या प्रतिक्रिया है", "How do you feel",
    ])

    /// Imperatives of a call to action.
    static let imperatives = terms([
        "करें", "करे", "करिए", "करिये", "कीजिए", "कीजिये", "लिखें", "बताएं", "बताएँ", "जुड़ें", "जुडें", "पढ़ें", "देखें",
        "देखिए", "क्लिक", "follow", "subscribe", "download", "like", "share", "join", "click", "sign", "tap", "install",
        "get",
    ])

    /// The nouns of a call to action (the thing to like, follow, download…).
    static let actionNouns = terms([
        "फॉलो", "फालो", "लाइक", "सब्सक्राइब", "डाउनलोड", "शेयर", "कमेंट", "कॉमेंट", "राय", "ऐप", "एप", "ऐप्स", "चैनल",
        "न्यूज़लेटर", "नोटिफिकेशन", "फेसबुक", "ट्विटर", "यूट्यूब", "इंस्टाग्राम", "टेलीग्राम", "व्हाट्सएप", "app", "apps",
        "newsletter", "channel", "notifications", "updates", "updated",
    ])

    /// Words that address the reader from the outlet's side: हमें, हमारे, our, us.
    static let outletVoice = terms([
        "हमें", "हमारे", "हमारा", "हमारी", "हमसे", "हमको", "हम", "आप", "आपकी", "अपनी", "our", "us", "we", "you", "your",
        "खबरों", "खबरें", "समाचार", "news",
    ])

    /// Words that show a line reports someone's words or request (so it is prose, not a widget).
    static let reportingWords = terms(["कहा", "said", "says", "अपील", "आग्रह", "बताया"])

    /// Openers of "read also" links, anchored at the line start.
    static let relatedOpeners = Phrases([
        "यह भी पढ़ें", "ये भी पढ़ें", "इसे भी पढ़ें", "यह भी देखें", "ये भी देखें", "इसे भी देखें", "यह भी पढ़ेंः", "और पढ़ें",
        "पढ़ें पूरी खबर", "यहां पढ़ें", "यहाँ पढ़ें", "यहां देखें", "वीडियो देखें", "देखें वीडियो", "संबंधित खबर", "संबंधित खबरें",
        "Also Read", "Read Also", "Read More", "ALSO WATCH", "Also Watch", "Related", "Related News", "Recommended",
    ])

    /// Single-word openers that make a related link only when a separator follows (`पढ़ें: …`, `Read: …`).
    static let relatedSingleWords = terms(["पढ़ें", "पढ़िए", "देखें", "read", "watch", "also"])

    /// Openers of bylines and stamps.
    static let bylineOpeners = Phrases([
        "Edited By", "Written By", "Reported By", "Posted By", "Compiled By", "Updated", "Last Updated",
        "Published", "Publish Date", "Published On", "अपडेटेड", "अपडेट", "प्रकाशित", "प्रकाशित तिथि", "लेखक", "रिपोर्ट",
        "रिपोर्टर", "संपादित", "द्वारा",
    ])

    /// Openers of bracketed input and source credits.
    static let creditOpeners = terms([
        "इनपुट", "input", "inputs", "साभार", "स्रोत", "source", "आंकड़े", "with", "एजेंसी", "भाषा", "पीटीआई",
    ])

    /// Words of a photo credit.
    static let photoWords = terms(["फोटो", "तस्वीर", "फ़ोटो", "photo", "image", "pic", "picture", "credit", "courtesy"])

    /// Disclaimer cues.
    static let disclaimerPhrases = Phrases([
        "डिस्क्लेमर", "Disclaimer", "ऑटो-अपलोड", "ऑटो अपलोड", "एडिट नहीं किया", "सिंडिकेट फीड", "बिना संपादन",
        "लेखक के अपने विचार", "लेखक के निजी विचार",
    ])

    /// Advertisement labels: furniture only as a line of their own (the words are common in prose).
    static let adWords = terms(["Advertisement", "Sponsored", "विज्ञापन", "Spotlight", "Ad"])

    /// Hosts whose links mark a social-media embed.
    static let embedHosts = [
        "pic.twitter.com", "twitter.com", "x.com", "t.co", "instagram.com", "instagr.am", "facebook.com", "fb.watch",
        "youtu.be", "youtube.com", "tiktok.com", "threads.net",
    ]

    /// Phrases of embedded posts.
    static let embedPhrases = Phrases([
        "View this post on Instagram", "A post shared by", "Watch on YouTube", "Posted by",
    ])

    /// Words a dateline's place part may not be: cue words, question words, topic kickers.
    static let notPlaces = terms([
        "कोरोना", "सवाल", "जवाब", "प्रश्न", "उत्तर", "नोट", "पढ़ें", "क्या", "नहीं", "खबर", "अपडेट", "लाइव", "वीडियो",
        "फोटो", "यह", "ये", "वह", "उन्होंने", "कहा", "बोले", "बोलीं", "बताया", "लिखा",
    ])
}
