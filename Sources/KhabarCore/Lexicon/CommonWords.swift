public import KhabarText

/// Words of news prose that are never a person's, place's or organisation's name on their own, by match key:
/// diseases and what is done about them, generic people, generic places and institutions, verbs and
/// adverbs that a gazetteer or a tagger may take for a name (गया 'went' is also the city Gaya), months and
/// weekdays.
///
/// They may still be part of a longer name (कोरोना वॉरियर is no name, but विश्व स्वास्थ्य संगठन is); recognition
/// drops a one-word name that is one of them, trims them from the edges of a person's name, never takes
/// one as a short form of a person's name, and never lends one across documents.
///
/// Unlike ``EntityCues``, the tagger does not read these as features: changing them needs no new model.
public enum CommonWords {
    /// Whether a word is never a name on its own.
    public static func contains(_ term: Term) -> Bool {
        words.contains(term) || CalendarWords.month(term) != nil || CalendarWords.weekday(term) != nil
            || Stopwords.hindiTerms.contains(term) || Stopwords.englishTerms.contains(term)
            || (modifiers.contains(term) && !givenNames.contains(term))
    }

    /// Modifiers that are also given names (बाल ठाकरे): not common words on their own.
    static let givenNames = EntityCues.terms(["बाल"])

    /// Whether a name of several words is only generic words (स्वास्थ्य विभाग, जिला अस्पताल, राज्य सरकार): an
    /// institution every district has, not one named.
    public static func isGenericPhrase(_ terms: ArraySlice<Term>) -> Bool {
        terms.count >= 2
            && terms.allSatisfy {
                contains($0) || modifiers.contains($0) || EntityCues.organizationHeads.contains($0)
                    || EntityCues.placeHeads.contains($0)
            }
    }

    /// Words that qualify an institution without naming it; never a name on their own either (स्वास्थ्य
    /// 'health' lent as the short form of a glued "स्वास्थ्य मंत्रालयनयी" once made 621 person mentions).
    static let modifiers = EntityCues.terms([
        "स्वास्थ्य", "जिला", "सदर", "स्थानीय", "सरकारी", "निजी", "नगर", "ग्राम", "पंचायत", "केंद्रीय", "प्राथमिक",
        "सामुदायिक", "उप", "मुख्य", "शिक्षा", "परिवहन", "खाद्य", "आपूर्ति", "कल्याण", "चिकित्सा", "तहसील", "ब्लॉक",
        "प्रखंड", "क्षेत्रीय", "शहरी", "नगरीय", "बाल", "पशु", "वन", "राजस्व", "कृषि", "बिजली", "विद्युत", "जल", "आपदा",
        "प्रबंधन", "नियंत्रण", "कक्ष", "रूम", "कंट्रोल", "मेडिकल", "आइसोलेशन", "क्वारंटाइन", "कोविड", "कोरोना", "विशेष",
        "अस्थायी", "नया", "पुराना", "सूचना", "जनसंपर्क", "आबकारी", "श्रम", "उद्योग", "खेल", "पर्यटन", "संस्कृति",
    ])

    static let words = EntityCues.terms([
        // Diseases, and what is done about them.
        "कोरोना", "करोना", "कोरोनावायरस", "कोरोनावाइरस", "कोविड", "कोविड-19", "कोविड19", "वायरस", "वाइरस", "संक्रमण",
        "संक्रमित", "संक्रमितों", "महामारी", "बीमारी", "बीमारियों", "मरीज", "मरीजों", "मरीजो", "रोगी", "रोगियों",
        "सैंपल", "सैंपलों", "नमूने", "नमूनों", "जांच", "टेस्ट", "टेस्टिंग", "वैक्सीन", "टीका", "टीके", "दवा", "दवाई",
        "क्वारंटाइन", "क्वारंटीन", "क्वारेंटाइन", "आइसोलेशन", "आइसोलेट", "लॉकडाउन", "लाकडाउन", "कर्फ्यू", "हॉटस्पॉट",
        "कंटेनमेंट", "जोन", "ज़ोन", "सैनिटाइजर", "मास्क", "वेंटिलेटर", "फ्लू", "निमोनिया", "डेंगू", "मलेरिया", "कैंसर",
        "बुखार", "खांसी", "इलाज", "ऑक्सीजन", "पॉजिटिव", "निगेटिव", "पीपीई", "किट", "corona", "coronavirus", "covid",
        "covid-19", "covid19", "virus", "lockdown", "quarantine", "pandemic",
        // People in general.
        "वॉरियर", "वॉरियर्स", "वारियर", "योद्धा", "योद्धाओं", "कर्मचारी", "कर्मचारियों", "मजदूर", "मजदूरों", "श्रमिक",
        "श्रमिकों", "डॉक्टर", "डॉक्टरों", "चिकित्सक", "चिकित्सकों", "नर्स", "नर्सों", "पुलिसकर्मी", "पुलिसकर्मियों",
        "जवान", "जवानों", "किसान", "किसानों", "छात्र", "छात्रों", "लोग", "लोगों", "व्यक्ति", "युवक", "युवती", "महिला",
        "महिलाओं", "बच्चे", "बच्चों", "परिवार", "परिजन", "परिजनों", "मां", "बाप", "पिता", "भाई", "बहन", "पत्नी",
        "पति", "बेटा", "बेटी", "बेटे", "दोस्त", "यात्री", "यात्रियों", "जमाती", "जमातियों", "अधिकारी", "अधिकारियों",
        "नागरिक", "नागरिकों", "ग्रामीण", "ग्रामीणों", "सूत्र", "सूत्रों",
        // Places and institutions in general.
        "प्रदेश", "देश", "राज्य", "शहर", "जिला", "जिले", "जनपद", "गांव", "इलाका", "इलाके", "क्षेत्र", "मोहल्ला", "बाजार",
        "सीमा", "विदेश", "दुनिया", "विश्व", "सरकार", "पुलिस", "प्रशासन", "अस्पताल", "विभाग", "मंत्रालय", "अदालत",
        "कोर्ट", "बैंक", "कंपनी", "पार्टी", "सेना", "केंद्र", "मंडी", "थाना", "थाने", "मंदिर", "मस्जिद", "गुरुद्वारा",
        "चर्च", "स्टोर", "दुकान", "दुकानों", "होटल", "मेडिकल", "कॉलेज", "स्कूल", "बस्ती", "कॉलोनी", "सड़क", "रोड",
        // Verbs, adverbs and other words that look like names to a gazetteer or a tagger.
        "गया", "गई", "गए", "गयी", "गये", "आया", "आई", "आए", "आयी", "दिया", "लिया", "किया", "कहा", "बताया", "हुआ",
        "हुई", "हुए", "आगे", "पीछे", "दूर", "पास", "बाद", "पहले", "साथ", "नया", "नई", "नए", "नयी", "बड़ा", "बड़ी",
        "बड़े", "कुल", "सभी", "अन्य", "याचिका", "खबर", "रिपोर्ट", "अपडेट", "वीडियो", "फोटो", "तस्वीर", "सोशल",
        "मीडिया", "ऑनलाइन", "हेल्पलाइन", "राहत", "मदद", "सहायता", "तुलना", "बुलेटिन", "सोसायटी", "सोसाइटी",
        "एयरपोर्ट", "विटामिन", "कोराना", "हड़ताल", "स्टेशन", "बयान", "आदेश", "निर्देश",
        // Acronyms of common nouns: categories, taxes, documents, wards, tests, appliances.
        "ओबीसी", "एससी", "एसटी", "जीएसटी", "जीडीपी", "एफआईआर", "टीवी", "एसी", "आईसीयू", "ओपीडी", "आरटीपीसीआर",
        "पीसीआर", "एमबीबीएस", "पीएचडी", "एसएमएस", "ओटीपी", "एटीएम", "सीसीटीवी", "आईडी", "ईएमआई",
    ])
}
