import KhabarText

/// Names written in Latin script: runs of capitalized words (with connectors such as "of", "bin", "al"),
/// in English text and as glosses inside Hindi text (किम जोंग उन (Kim Jong Un)).
///
/// A run's type comes from, in order: a gloss's Hindi name just before it, the place gazetteer, an
/// organisation head word or acronym or agency, a title before it or a speech verb after it (person), a
/// place preposition before it (place), and finally its length: two or more capitalized words read as a
/// person. A lone capitalized word with no such evidence is left out rather than guessed.
struct LatinNames {
    let places: Places

    static let connectors: TermSet = [
        "of", "the", "de", "da", "del", "der", "van", "von", "bin", "bint", "al", "el", "le", "la", "and",
    ]
    static let agencies: TermSet = [
        "reuters", "afp", "ap", "ria", "tass", "xinhua", "kcna", "yonhap", "bbc", "cnn", "pti", "ians", "ani", "uni",
        "nato", "un", "eu", "brics", "who", "imf", "wto", "opec", "asean", "saarc", "isro", "nasa", "fbi", "cia",
        "kgb", "fsb", "bjp", "inc", "aap", "cpi", "bsp", "sp", "rjd", "jdu", "tmc", "dmk", "rss", "nda", "upa",
        "bloomberg", "novosti", "interfax", "kremlin", "pentagon",
    ]
    static let speechVerbs: TermSet = [
        "said", "says", "told", "added", "stated", "announced", "wrote", "asked", "replied", "tweeted", "declared",
        "claimed", "warned", "insisted", "noted", "explained",
    ]
    static let placePrepositions: TermSet = ["in", "at", "from", "to", "near", "into", "across", "outside", "inside"]

    /// Whether a token is a capitalized Latin word.
    static func isCapitalized(_ token: Token, _ scalars: [Unicode.Scalar]) -> Bool {
        token.kind == .word && token.flags.contains(.latin) && scalars[token.start].value &- 0x41 < 26
    }

    /// Whether a token is written in capitals only (NATO, RIA, KCNA), two letters or more.
    static func isAllCaps(_ token: Token, _ scalars: [Unicode.Scalar]) -> Bool {
        var letters = 0
        for k in token.start..<token.end {
            let v = scalars[k].value
            if v &- 0x61 < 26 { return false }
            if v &- 0x41 < 26 { letters += 1 }
        }
        return letters >= 2
    }

    /// The name spans among the tokens.
    ///
    /// - Parameter typeEndingAt: the type of an entity span already found that ends just before a token
    ///   index, for glosses in brackets.
    func spans(
        _ text: CanonicalText,
        tokens: [Token],
        terms: [Term],
        sentences: [Sentence],
        typeEndingAt: (Int) -> EntityType? = { _ in nil }
    ) -> [EntityRecognizer.Span] {
        let scalars = text.scalars
        var sentenceStart = Set<Int>()
        for sentence in sentences {
            var k = sentence.tokens.lowerBound
            // Opening quotes and brackets do not start the sentence's first word.
            while k < sentence.tokens.upperBound, !tokens[k].isWordLike { k += 1 }
            sentenceStart.insert(k)
        }
        var result: [EntityRecognizer.Span] = []
        var i = 0
        while i < tokens.count {
            guard Self.isCapitalized(tokens[i], scalars) else {
                i += 1
                continue
            }
            var end = i + 1
            while end < tokens.count {
                if Self.isCapitalized(tokens[end], scalars) {
                    end += 1
                } else if Self.connectors.contains(terms[end]), end + 1 < tokens.count,
                    Self.isCapitalized(tokens[end + 1], scalars), tokens[end].flags.contains(.latin)
                {
                    end += 2
                } else {
                    break
                }
            }
            defer { i = end }
            var start = i
            let atSentenceStart = sentenceStart.contains(i)
            if atSentenceStart, Stopwords.englishTerms.contains(terms[start]) { start += 1 }
            var titled = start > 0 && EntityCues.personTitles.contains(terms[start - 1])
            while start < end, EntityCues.personTitles.contains(terms[start]) {
                titled = true
                start += 1
            }
            guard start < end else { continue }
            let run = start..<end
            let type: EntityType?
            let glossOf = start >= 2 && terms[start - 1] == "(" ? typeEndingAt(start - 1) : nil
            if let glossOf {
                type = glossOf
            } else if places.lookup(terms: terms[run]) != nil {
                type = .place
            } else if run.contains(where: { EntityCues.organizationHeads.contains(terms[$0]) })
                || (run.count == 1 && (Self.agencies.contains(terms[start]) || Self.isAllCaps(tokens[start], scalars)))
            {
                type = .organization
            } else if titled || (end < tokens.count && Self.speechVerbs.contains(terms[end]))
                || (start > 0 && Self.speechVerbs.contains(terms[start - 1]))
            {
                type = .person
            } else if start > 0, Self.placePrepositions.contains(terms[start - 1]), run.count <= 3 {
                type = .place
            } else if run.count >= 2,
                !(atSentenceStart && start == i && run.count == 2 && Self.commonStart(terms[start]))
            {
                type = .person
            } else {
                type = nil
            }
            if let type { result.append(.init(tokens: run, type: type, source: .latin)) }
        }
        return result
    }

    /// Capitalized words that start sentences but seldom names ("Meanwhile Putin").
    static func commonStart(_ term: Term) -> Bool {
        commonStarts.contains(term)
    }

    static let commonStarts: TermSet = [
        "meanwhile", "however", "earlier", "later", "today", "yesterday", "on", "last", "next", "after", "before",
        "according", "speaking", "since", "during", "following", "despite", "although", "while", "both",
    ]
}
