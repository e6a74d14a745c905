import KhabarText

/// What a name's last word and the words after it say of its type, and the common words that are never a
/// name on their own (``CommonWords``).
extension EntityRecognizer {
    /// Last words of an organisation's name beyond the cue words the tagger was trained with: hospitals,
    /// colleges, shops, religious groups (सुशीला तिवारी मेडिकल कॉलेज, रावत जनरल स्टोर, तब्लीगी जमात).
    static let institutionHeads: TermSet = {
        var heads = EntityCues.organizationHeads
        for word in [
            "जमात", "मरकज", "मेडिकल", "हॉस्पिटल", "हास्पिटल", "क्लीनिक", "क्लिनिक", "स्टोर", "स्टोर्स", "लैब",
            "लेबोरेटरी", "फार्मा", "सोसाइटी", "सेंटर", "इंस्टीट्यूट", "कॉर्पोरेशन", "मिल", "मिल्स", "फैक्ट्री",
            "ट्रस्ट", "होटल", "रेस्टोरेंट", "मंदिर", "मस्जिद", "गुरुद्वारा", "चर्च",
        ] {
            heads.insert(Term(word).hash)
        }
        return heads
    }()

    /// Words between a name and an institution's head word (… मेडिकल कॉलेज, … मेमोरियल अस्पताल).
    static let institutionModifiers = EntityCues.terms([
        "मेडिकल", "मेमोरियल", "जनरल", "चैरिटेबल", "डेंटल", "नर्सिंग", "इंजीनियरिंग", "पब्लिक", "इंटरनेशनल",
        "नेशनल", "कैंसर", "सुपर", "स्पेशियलिटी", "ट्रॉमा", "जिला", "राजकीय", "सरकारी", "प्राइवेट",
    ])

    /// Last words of a place's name beyond the cue words the tagger was trained with (भेलूपुर जोन).
    static let areaHeads: TermSet = {
        var heads = EntityCues.placeHeads
        for word in ["जोन", "ज़ोन", "सेक्टर", "वार्ड", "टाउन", "विहार", "एन्क्लेव", "पुरम", "बस्ती", "कॉलोनी", "मोहल्ला"] {
            heads.insert(Term(word).hash)
        }
        return heads
    }()

    /// A tagger span typed by its last word and, for a person, without the common words at its edges; nil
    /// when what is left is one common word (मरीज, गया, कोरोना) or nothing.
    func settle(
        _ range: Range<Int>, type: EntityType, text: CanonicalText, tokens: [Token], terms: [Term]
    ) -> (Range<Int>, EntityType)? {
        var type = type
        var lower = range.lowerBound
        var upper = range.upperBound
        if upper - lower >= 2 {
            let last = terms[upper - 1]
            if type != .organization, Self.institutionHeads.contains(last) {
                type = .organization
            } else if type == .person, Self.areaHeads.contains(last) {
                type = .place
            }
        }
        if type == .person {
            while lower < upper, CommonWords.contains(terms[lower]) { lower += 1 }
            while upper > lower, CommonWords.contains(terms[upper - 1]) { upper -= 1 }
        }
        guard lower < upper else { return nil }
        if upper - lower == 1, CommonWords.contains(terms[lower]) { return nil }
        // A common word inside a person's name is no name's (ओबीसी कर्मचारी बेमियादी).
        if type == .person, (lower..<upper).contains(where: { CommonWords.contains(terms[$0]) }) { return nil }
        if type == .person, upper - lower == 1 {
            let word = MatchKey.of(canonical: text.scalars[tokens[lower].range])
            if Self.hasPlaceSuffix(word) {
                type = .place
            } else if EntityCues.isAcronym(word) {
                type = .organization  // a person is not known by an acronym alone (सीबीआई, एनडीआरएफ)
            }
        }
        return (lower..<upper, type)
    }

    /// Endings of place names (HINDI.md: -पुर -नगर -गढ़ -बाद -गंज -स्तान) after at least two more letters: a
    /// one-word "person" ending so is a place (बल्लूपुर, फिरोजाबाद).
    static func hasPlaceSuffix(_ word: String) -> Bool {
        let scalars = Array(word.unicodeScalars)
        for suffix in placeSuffixes where scalars.count >= suffix.count + 2 {
            if scalars[(scalars.count - suffix.count)...].elementsEqual(suffix) { return true }
        }
        return false
    }

    static let placeSuffixes: [[Unicode.Scalar]] = ["पुर", "नगर", "गढ़", "बाद", "गंज", "स्तान"].map {
        Array(MatchKey.of($0).unicodeScalars)
    }

    /// Head words of the institutions a person's name names (not सरकार or पार्टी: मोदी सरकार is Modi's).
    static let namedInstitutionHeads = EntityCues.terms([
        "अस्पताल", "चिकित्सालय", "हॉस्पिटल", "कॉलेज", "महाविद्यालय", "विद्यालय", "स्कूल", "विश्वविद्यालय",
        "यूनिवर्सिटी", "संस्थान", "इंस्टीट्यूट", "मेडिकल", "क्लीनिक", "क्लिनिक", "स्टोर", "स्टोर्स", "ट्रस्ट",
        "फाउंडेशन", "मिल", "मिल्स", "फैक्ट्री", "होटल", "मंदिर", "मस्जिद", "गुरुद्वारा", "सेंटर", "लैब", "फार्मा",
    ])

    /// A person's name followed by an institution's head word (with a modifier between, or not) names the
    /// institution: सुशीला तिवारी मेडिकल कॉलेज, राम मनोहर लोहिया अस्पताल.
    func extendToInstitutions(_ spans: inout [Span], tokens: [Token], terms: [Term], taken: inout [Bool]) {
        for k in spans.indices where spans[k].type == .person {
            let start = spans[k].tokens.upperBound
            var end = start
            var probe = start
            while probe < tokens.count, probe - start < 3, !taken[probe], tokens[probe].kind == .word {
                if Self.namedInstitutionHeads.contains(terms[probe]) {
                    end = probe + 1
                } else if !Self.institutionModifiers.contains(terms[probe]) {
                    break
                }
                probe += 1
            }
            guard end > start else { continue }
            for t in start..<end { taken[t] = true }
            spans[k].tokens = spans[k].tokens.lowerBound..<end
            spans[k].type = .organization
        }
    }
}

/// Names the tagger has never seen, found by the words around them: a landmark's head word after it (कुमसुसान
/// पैलेस), a title before a foreign name in a list (विदेश मंत्री चोई सोन हुई, पार्टी सचिव जो योंग वोन).
extension EntityRecognizer {
    /// Head words of landmarks named after something else.
    static let landmarkHeads = EntityCues.terms([
        "पैलेस", "कॉस्मोड्रोम", "महल", "किला", "एयरबेस", "मकबरा", "टावर", "ब्रिज", "कैथेड्रल", "मेमोरियल",
    ])

    /// Whether the tagger's model never saw a word (a name it cannot know).
    func isUnknown(_ k: Int, tokens: [Token], terms: [Term], model: EntityTaggerModel) -> Bool {
        tokens[k].kind == .word && tokens[k].flags.contains(.devanagari) && !model.vocabulary.contains(terms[k].hash)
            && !CommonWords.contains(terms[k]) && !EntityFeatures.postpositions.contains(terms[k])
    }

    /// One or two unknown words before a landmark's head word, as a place.
    func landmarkSpans(tokens: [Token], terms: [Term], taken: [Bool], model: EntityTaggerModel) -> [Span] {
        var result: [Span] = []
        for head in tokens.indices where Self.landmarkHeads.contains(terms[head]) && !taken[head] {
            var start = head
            while start > 0, head - start < 2, !taken[start - 1],
                isUnknown(start - 1, tokens: tokens, terms: terms, model: model)
            {
                start -= 1
            }
            if start < head { result.append(Span(tokens: start..<(head + 1), type: .place, source: .title)) }
        }
        return result
    }

    /// A person title followed by two to four words, at least two of them unknown to the model and no more
    /// than one known, up to a comma, a conjunction, a case marker or the end of the sentence: a foreign
    /// name in a list of officials.
    func titledForeignNames(tokens: [Token], terms: [Term], taken: [Bool], model: EntityTaggerModel) -> [Span] {
        var result: [Span] = []
        for i in tokens.indices where EntityCues.personTitles.contains(terms[i]) && tokens[i].kind == .word {
            var j = i + 1
            var unknown = 0
            while j < tokens.count, j - i <= 4, !taken[j], tokens[j].kind == .word,
                tokens[j].flags.contains(.devanagari), !EntityFeatures.postpositions.contains(terms[j]),
                !Self.listJoiners.contains(terms[j]), !EntityCues.personTitles.contains(terms[j])
            {
                if isUnknown(j, tokens: tokens, terms: terms, model: model) { unknown += 1 }
                j += 1
            }
            let words = j - i - 1
            let ends =
                j == tokens.count || !tokens[j].isWordLike || EntityFeatures.postpositions.contains(terms[j])
                || Self.listJoiners.contains(terms[j])
            guard ends, words >= 2, unknown >= 2, words - unknown <= 1 else { continue }
            result.append(Span(tokens: (i + 1)..<j, type: .person, source: .title))
        }
        return result
    }

    /// Words that join the items of a list.
    static let listJoiners = EntityCues.terms(["और", "तथा", "एवं", "व", "सहित", "and"])
}
