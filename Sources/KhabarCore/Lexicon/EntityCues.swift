public import KhabarText

/// The cue words of entity recognition (HINDI.md, "Entities without neural models"), by match key: titles
/// before a person, head words of places and organisations, honorifics after a name.
///
/// The tagger reads them as features and learns how far to trust them; the rules for English text and the
/// canonicalizer read them directly.
public enum EntityCues {
    static func terms(_ words: [String]) -> TermSet { TermSet(terms: words.map { Term($0) }) }

    /// Titles and roles written before a person's name (often chained: रूसी राष्ट्रपति व्लादिमीर पुतिन).
    public static let personTitles = terms([
        "श्री", "श्रीमती", "सुश्री", "कुमारी", "डॉ", "डॉ.", "डा", "डा.", "प्रो", "प्रो.", "प्रोफेसर", "मिस्टर", "मिसेज", "मिस",
        "राष्ट्रपति", "उपराष्ट्रपति", "प्रधानमंत्री", "मुख्यमंत्री", "उपमुख्यमंत्री", "मंत्री", "राज्यमंत्री", "सांसद",
        "विधायक", "राज्यपाल", "उपराज्यपाल", "प्रवक्ता", "अध्यक्ष", "उपाध्यक्ष", "महासचिव", "सचिव", "राजदूत", "जनरल",
        "नेता", "सेनापति", "कमांडर", "कप्तान", "कोच", "निदेशक", "प्रमुख", "चेयरमैन", "सीईओ", "संस्थापक", "न्यायाधीश",
        "जज", "न्यायमूर्ति", "जस्टिस", "कलेक्टर", "जिलाधिकारी", "डीएम", "एसपी", "एसएसपी", "डीजीपी", "आयुक्त", "कमिश्नर",
        "इंस्पेक्टर", "दारोगा", "थानाध्यक्ष", "थानेदार", "सरपंच", "मुखिया", "प्रधान", "पार्षद", "महापौर", "मेयर",
        "लेखक", "लेखिका", "कवि", "अभिनेता", "अभिनेत्री", "गायक", "गायिका", "निर्देशक", "खिलाड़ी", "बल्लेबाज", "गेंदबाज",
        "वैज्ञानिक", "विशेषज्ञ", "डॉक्टर", "वकील", "अधिवक्ता", "प्राचार्य", "कुलपति", "किंग", "राजा", "रानी", "सम्राट",
        "महाराज", "महारानी", "स्वामी", "संत", "पंडित", "पं", "पं.", "मौलाना", "शेख", "सर", "लेफ्टिनेंट", "कर्नल", "मेजर",
        "ब्रिगेडियर", "एडमिरल", "मार्शल", "सुप्रीमो", "पीएम", "सीएम", "एमपी", "एमएलए", "दिवंगत", "स्वर्गीय", "स्व",
        "mr", "mrs", "ms", "dr", "prof", "president", "minister", "governor", "senator", "general", "gen", "sir",
        "chancellor", "spokesman", "spokeswoman", "spokesperson", "chairman", "secretary", "ambassador", "judge",
        "justice", "king", "queen", "prince", "princess", "pope", "captain", "coach", "ceo", "director", "leader",
        "lt", "col", "maj", "capt", "sgt", "rep", "sen", "gov", "premier", "mayor", "commissioner", "inspector",
    ])

    /// Words right after a person's name that confirm it: honorifics.
    public static let honorifics = terms(["जी", "साहब", "साहिब", "जू", "सर", "बाबू"])

    /// Head words that end an organisation's name (भारतीय जनता पार्टी, विदेश मंत्रालय, रिजर्व बैंक).
    public static let organizationHeads = terms([
        "पार्टी", "दल", "सरकार", "मंत्रालय", "विभाग", "आयोग", "परिषद", "समिति", "बोर्ड", "बैंक", "निगम", "कंपनी", "कम्पनी",
        "विश्वविद्यालय", "यूनिवर्सिटी", "संस्थान", "सेना", "पुलिस", "अदालत", "न्यायालय", "कोर्ट", "संगठन", "एजेंसी",
        "प्राधिकरण", "प्राधिकारण", "मंडल", "संघ", "महासंघ", "फेडरेशन", "एसोसिएशन", "ट्रस्ट", "फाउंडेशन", "लिमिटेड",
        "लि", "इंक", "ग्रुप", "समूह", "कॉलेज", "महाविद्यालय", "विद्यालय", "स्कूल", "अस्पताल", "चिकित्सालय", "संसद",
        "लोकसभा", "राज्यसभा", "विधानसभा", "विधान", "मोर्चा", "सभा", "कांग्रेस", "लीग", "क्लब", "टीम", "वायुसेना",
        "नौसेना", "थलसेना", "फौज", "ब्यूरो", "मिशन", "कार्यालय", "सचिवालय", "निदेशालय", "संस्था", "अकादमी", "केंद्र",
        "प्रतिष्ठान", "टाइम्स", "न्यूज", "चैनल", "एयरलाइंस", "एयरवेज", "मोटर्स", "इंडस्ट्रीज", "फोर्स",
        "party", "government", "ministry", "department", "commission", "council", "committee", "board", "bank",
        "corporation", "company", "university", "institute", "army", "police", "court", "organization",
        "organisation", "agency", "authority", "association", "federation", "union", "trust", "foundation",
        "limited", "ltd", "inc", "corp", "group", "college", "school", "hospital", "parliament", "congress",
        "league", "club", "team", "navy", "force", "forces", "bureau", "office", "news", "times", "post",
        "airlines", "motors", "industries", "assembly", "senate", "fund", "service", "network", "channel",
    ])

    /// Head words after a place name (लखनऊ जिले, उत्तर प्रदेश राज्य, कश्मीर घाटी).
    public static let placeHeads = terms([
        "जिले", "जिला", "जनपद", "राज्य", "प्रदेश", "शहर", "नगर", "गांव", "गाँव", "ग्राम", "कस्बे", "कस्बा", "इलाके",
        "इलाका", "क्षेत्र", "प्रांत", "राजधानी", "तहसील", "प्रखंड", "ब्लॉक", "मंडल", "थाना", "थाने", "नदी", "पहाड़",
        "पर्वत", "घाटी", "झील", "द्वीप", "महाद्वीप", "सागर", "महासागर", "देश", "सीमा", "चौक", "मार्ग", "रोड", "स्टेशन",
        "हवाई", "अड्डे", "बंदरगाह", "स्क्वायर", "पार्क", "मैदान", "स्टेडियम", "मोहल्ले", "मोहल्ला", "कॉलोनी", "बाजार",
        "city", "state", "district", "province", "county", "river", "island", "valley", "square", "street",
        "road", "airport", "station", "port", "region",
    ])

    /// Words before a name that make it a place (`X में`, `X से` are learnt; these are the clear ones).
    public static let placePrefixes = terms(["शहर", "गांव", "कस्बे", "राजधानी", "जिले", "नगर"])

    /// Nationality and demonym adjectives: outside an entity on their own (रूसी राष्ट्रपति), inside an
    /// organisation's name (भारतीय जनता पार्टी).
    public static let demonyms = terms([
        "भारतीय", "रूसी", "अमेरिकी", "अमरीकी", "चीनी", "पाकिस्तानी", "ब्रिटिश", "जापानी", "फ्रांसीसी", "जर्मन",
        "कोरियाई", "यूक्रेनियाई", "फिलिस्तीनी", "इराकी", "सीरियाई", "लेबनानी", "मिस्री", "थाई", "वियतनामी", "ईरानी", "इजरायली", "इस्राइली", "यूक्रेनी", "अफगान",
        "नेपाली",
        "बांग्लादेशी", "श्रीलंकाई", "सऊदी", "इतालवी", "स्पेनिश", "ऑस्ट्रेलियाई", "कनाडाई", "तुर्की", "अरब", "यूरोपीय",
        "अफ्रीकी", "एशियाई", "विदेशी", "स्थानीय", "केंद्रीय", "राष्ट्रीय", "अंतरराष्ट्रीय", "प्रांतीय", "राज्यीय",
        "indian", "russian", "american", "chinese", "pakistani", "british", "japanese", "french", "german", "korean",
        "iranian", "israeli", "ukrainian", "afghan", "european", "african", "asian",
    ])

    /// Latin letter names in Devanagari: the letters of acronyms (बीजेपी = बी जे पी, सीबीआई = सी बी आई).
    static let letterNames: [[Unicode.Scalar]] = [
        "ए", "बी", "सी", "डी", "ई", "एफ", "जी", "एच", "आई", "जे", "के", "एल", "एम", "एन", "ओ", "पी", "क्यू", "आर",
        "एस", "टी", "यू", "वी", "डब्ल्यू", "डब्लू", "एक्स", "वाई", "जेड", "जैड", "आइ",
    ].map { Array(MatchKey.of($0).unicodeScalars) }

    /// The Latin letter of each of ``letterNames``.
    static let letterLatin: [UInt8] = Array("ABCDEFGHIJKLMNOPQRSTUVWWXYZZI".utf8)

    /// The Latin capitals a Devanagari match key spells as letter names (यूपीएमआरसी → UPMRC), or nil when it
    /// does not spell two or more of them.
    public static func acronymLetters(_ key: String) -> String? {
        let scalars = Array(key.unicodeScalars)
        let count = scalars.count
        guard count >= 2, count <= 40, letterStarts.contains(scalars[0].value) else { return nil }
        // best[i]: the most letters the first i scalars split into (-1: none), and the letter ending there.
        var best = [Int](repeating: -1, count: count + 1)
        var letter = [Int](repeating: -1, count: count + 1)
        best[0] = 0
        for start in 0..<count where best[start] >= 0 {
            for (index, name) in letterNames.enumerated() where start + name.count <= count {
                guard scalars[start..<(start + name.count)].elementsEqual(name) else { continue }
                if best[start] + 1 > best[start + name.count] {
                    best[start + name.count] = best[start] + 1
                    letter[start + name.count] = index
                }
            }
        }
        guard best[count] >= 2 else { return nil }
        var result: [UInt8] = []
        var end = count
        while end > 0 {
            let index = letter[end]
            result.append(letterLatin[index])
            end -= letterNames[index].count
        }
        return String(decoding: result.reversed(), as: UTF8.self)
    }

    /// Whether a match key spells two or more Latin letter names in Devanagari.
    public static func isAcronym(_ key: String) -> Bool {
        Array(key.unicodeScalars).withUnsafeBufferPointer { isAcronym($0) }
    }

    /// Whether a Devanagari match key spells two or more Latin letter names (an acronym: बीजेपी, एनसीईआरटी).
    ///
    /// Complexity: O(k·l) for a key of k scalars and l letter names; no heap allocation.
    public static func isAcronym(_ key: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
        let count = key.count
        guard count >= 2, count <= 40, letterStarts.contains(key[0].value) else { return false }
        // letters[i]: the most letter names the first i scalars split into, or -1.
        return withUnsafeTemporaryAllocation(of: Int8.self, capacity: count + 1) { letters in
            letters.initialize(repeating: -1)
            letters[0] = 0
            for start in 0..<count where letters[start] >= 0 {
                for name in letterNames where start + name.count <= count {
                    var matches = true
                    for (offset, scalar) in name.enumerated() where key[start + offset] != scalar {
                        matches = false
                        break
                    }
                    if matches { letters[start + name.count] = max(letters[start + name.count], letters[start] + 1) }
                }
            }
            return letters[count] >= 2
        }
    }

    /// The first scalars of the letter names: a cheap first test.
    static let letterStarts: Set<UInt32> = Set(letterNames.compactMap { $0.first?.value })
}
