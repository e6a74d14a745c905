public import KhabarText

/// Finds the people, places and organisations a text mentions.
///
/// Layers, each filling what the ones before left untagged:
/// 1. the statistical tagger on Devanagari text (``EntityTagger``), spans trimmed of the titles and
///    honorifics around a person's name, demonyms dropped (उत्तर कोरियाई), and names the place gazetteer
///    knows retyped as places;
/// 2. well-known people and organisations (``Notables``), replacing tagger spans they contain (किम जोंग →
///    किम जोंग उन);
/// 3. capitalized runs of Latin words (``LatinNames``), typed by gazetteer, head word, title and context;
/// 4. the document's own names again: every other occurrence of a name found once, and of the first or last
///    word of a person's full name (किम, पुतिन); one type per name, by majority;
/// 5. known places from the gazetteer (``Places``);
/// 6. a person title before a word the tagger has never seen (राष्ट्रपति पुतिन, सीनेटर केरी).
///
/// Complexity: O(n) in the tokens.
public struct EntityRecognizer: Sendable {
    /// The tagger, when its model could be loaded.
    public let tagger: EntityTagger?
    let places: Places
    let notables: Notables
    /// Which layers run (all by default; evaluation switches them off one by one).
    public var layers: Layers

    /// The layers of recognition.
    public struct Layers: OptionSet, Sendable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }
        public static let tagger = Layers(rawValue: 1)
        public static let latin = Layers(rawValue: 2)
        public static let places = Layers(rawValue: 4)
        public static let titles = Layers(rawValue: 8)
        public static let notables = Layers(rawValue: 16)
        public static let document = Layers(rawValue: 32)
        public static let all: Layers = [.tagger, .latin, .places, .titles, .notables, .document]
        /// The layers used by default: ``all`` less titles, which costs precision on held-out annotated
        /// Hindi.
        public static let standard: Layers = [.tagger, .latin, .notables, .document, .places]
    }

    /// A recognizer with the given tagger (nil: the other layers only, as evaluation of the layers uses).
    public init(
        tagger: EntityTagger?,
        places: Places = .shared,
        notables: Notables = .shared,
        layers: Layers = .standard
    ) {
        self.tagger = tagger
        self.places = places
        self.notables = notables
        self.layers = layers
    }

    /// A span of tokens with its type and layer.
    public struct Span: Sendable, Hashable {
        public var tokens: Range<Int>
        public var type: EntityType
        public var source: EntityMention.Source
    }

    /// The mentions in a text, in order, not overlapping.
    ///
    /// - Parameters:
    ///   - terms: the match-key term of every token (``Term/terms(of:tokens:)``);
    ///   - known: names known from other documents (``KnownNames``), found here too wherever nothing else
    ///     claims them.
    public func mentions(
        _ text: CanonicalText,
        tokens: [Token],
        terms: [Term],
        sentences: [Sentence],
        language: Language,
        known: KnownNames = KnownNames()
    ) -> [EntityMention] {
        let tagged = taggedSpans(text, tokens: tokens, terms: terms, sentences: sentences, language: language)
        return mentions(text, tokens: tokens, terms: terms, sentences: sentences, tagged: tagged, known: known)
    }

    /// The mentions of a text whose tagger spans (``taggedSpans(_:tokens:terms:sentences:language:)``) are
    /// known already: the other layers only, which cost a fraction of the tagger.
    public func mentions(
        _ text: CanonicalText,
        tokens: [Token],
        terms: [Term],
        sentences: [Sentence],
        tagged: [Span],
        known: KnownNames = KnownNames()
    ) -> [EntityMention] {
        spans(text, tokens: tokens, terms: terms, sentences: sentences, tagged: tagged, known: known).map { span in
            let start = tokens[span.tokens.lowerBound].start
            let end = tokens[span.tokens.upperBound - 1].end
            return EntityMention(
                start: start, end: end, type: span.type, text: text.string(start..<end), source: span.source)
        }
    }

    /// The mention spans as token ranges.
    public func spans(
        _ text: CanonicalText,
        tokens: [Token],
        terms: [Term],
        sentences: [Sentence],
        language: Language,
        known: KnownNames = KnownNames()
    ) -> [Span] {
        let tagged = taggedSpans(text, tokens: tokens, terms: terms, sentences: sentences, language: language)
        return spans(text, tokens: tokens, terms: terms, sentences: sentences, tagged: tagged, known: known)
    }

    /// The statistical tagger's spans (layer 1), trimmed and typed: the costly part of recognition, which
    /// depends on nothing but the text.
    public func taggedSpans(
        _ text: CanonicalText,
        tokens: [Token],
        terms: [Term],
        sentences: [Sentence],
        language: Language
    ) -> [Span] {
        guard layers.contains(.tagger), language != .english, let tagger else { return [] }
        var result: [Span] = []
        let tags = tagger.tag(text, tokens: tokens, sentences: sentences)
        for span in EntityTagger.spans(tags) {
            guard let cut = trim(span.range, type: span.type, tokens: tokens, terms: terms),
                let (trimmed, settled) = settle(cut, type: span.type, text: text, tokens: tokens, terms: terms)
            else { continue }
            var type = settled
            if type == .place, EntityCues.demonyms.contains(terms[trimmed.upperBound - 1]) { continue }
            if type == .person, places.lookup(terms: terms[trimmed]) != nil { type = .place }
            result.append(Span(tokens: trimmed, type: type, source: .tagger))
        }
        return result
    }

    /// The mention spans, given the tagger's.
    public func spans(
        _ text: CanonicalText,
        tokens: [Token],
        terms: [Term],
        sentences: [Sentence],
        tagged: [Span],
        known: KnownNames = KnownNames()
    ) -> [Span] {
        var taken = [Bool](repeating: false, count: tokens.count)
        var result: [Span] = []
        func add(_ span: Span) {
            guard !span.tokens.isEmpty, !taken[span.tokens].contains(true) else { return }
            for k in span.tokens { taken[k] = true }
            result.append(span)
        }
        for span in tagged { add(span) }
        if layers.contains(.notables) {
            let notable = notableSpans(tokens: tokens, terms: terms)
            if !notable.isEmpty {
                // A tagger span inside a well-known name gives way to it; one that overlaps it partly stays.
                var coveredBy = [Int](repeating: -1, count: tokens.count)
                for (index, span) in notable.enumerated() {
                    for k in span.tokens { coveredBy[k] = index }
                }
                result.removeAll { span in
                    let index = coveredBy[span.tokens.lowerBound]
                    return index >= 0 && span.tokens.upperBound <= notable[index].tokens.upperBound
                }
                taken = [Bool](repeating: false, count: tokens.count)
                for span in result {
                    for k in span.tokens { taken[k] = true }
                }
                for span in notable { add(span) }
            }
        }
        if layers.contains(.latin) {
            let latin = LatinNames(places: places)
            var typeEndingAt: [Int: EntityType] = [:]
            for span in result { typeEndingAt[span.tokens.upperBound] = span.type }
            let found = latin.spans(text, tokens: tokens, terms: terms, sentences: sentences) { typeEndingAt[$0] }
            for span in found { add(span) }
        }
        if layers.contains(.document) {
            DocumentNames.vote(&result, terms: terms, places: places)
            for span in DocumentNames(result, tokens: tokens, terms: terms, known: known).spans(taken: taken) {
                add(span)
            }
        }
        if layers.contains(.places) {
            for span in placeSpans(tokens: tokens, terms: terms, taken: taken) { add(span) }
        }
        if layers.contains(.tagger), let tagger {
            for span in landmarkSpans(tokens: tokens, terms: terms, taken: taken, model: tagger.model) { add(span) }
            for span in titledForeignNames(tokens: tokens, terms: terms, taken: taken, model: tagger.model) {
                add(span)
            }
        }
        if layers.contains(.titles), let tagger {
            for span in titleSpans(tokens: tokens, terms: terms, taken: taken, model: tagger.model) { add(span) }
        }
        extendToInstitutions(&result, tokens: tokens, terms: terms, taken: &taken)
        // A person's name followed by a square, road or stadium names the place (किम इल सुंग स्क्वायर).
        for k in result.indices where result[k].type == .person {
            let next = result[k].tokens.upperBound
            if next < tokens.count, !taken[next], Self.facilityHeads.contains(terms[next]) {
                result[k].tokens = result[k].tokens.lowerBound..<(next + 1)
                result[k].type = .place
                taken[next] = true
            }
        }
        // One common word is no name, whichever layer found it (COVID, मंदिर); the gazetteer of notables knows.
        // A title alone (सीएम, डीएम) is no name either.
        result.removeAll { span in
            guard span.tokens.count == 1, span.source != .notables else { return false }
            let term = terms[span.tokens.lowerBound]
            return CommonWords.contains(term) || EntityCues.personTitles.contains(term)
        }
        result.removeAll { $0.source != .notables && CommonWords.isGenericPhrase(terms[$0.tokens]) }
        return result.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// Head words after a person's name that make the whole a place (किम इल सुंग स्क्वायर).
    static let facilityHeads: TermSet = [
        "स्क्वायर", "चौक", "मार्ग", "रोड", "स्टेडियम", "पार्क", "स्टेशन", "एयरपोर्ट", "हवाईअड्डा", "नगर", "कॉलोनी", "सेतु",
        "square", "road", "street", "stadium", "park", "station", "airport", "avenue", "bridge",
    ]

    /// Words after a place name that make it part of a programme's name.
    static let programmeHeads: TermSet = ["अभियान", "योजना", "कार्यक्रम", "संविधि", "सम्मेलन", "समझौता", "समझौते"]

    /// Well-known names, longest first.
    func notableSpans(tokens: [Token], terms: [Term]) -> [Span] {
        var result: [Span] = []
        var i = 0
        while i < tokens.count {
            guard tokens[i].isWordLike, notables.startsName(terms[i]) else {
                i += 1
                continue
            }
            var words = 0
            while words < notables.longestName, i + words < tokens.count, tokens[i + words].isWordLike { words += 1 }
            var length = words
            var entry: Notables.Entry?
            while length >= 1, entry == nil {
                entry = notables.lookup(terms: terms[i..<(i + length)])
                if entry == nil { length -= 1 }
            }
            if let entry {
                result.append(Span(tokens: i..<(i + length), type: entry.type, source: .notables))
                i += length
            } else {
                i += 1
            }
        }
        return result
    }

    /// A tagger span without the punctuation at its edges, and for a person without the titles before the
    /// name and the honorifics after it; nil when nothing is left or only Latin words are (the Latin
    /// layer reads those).
    func trim(_ range: Range<Int>, type: EntityType, tokens: [Token], terms: [Term]) -> Range<Int>? {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, !tokens[lower].isWordLike { lower += 1 }
        while upper > lower, !tokens[upper - 1].isWordLike { upper -= 1 }
        if type == .person {
            while lower < upper - 1,
                EntityCues.personTitles.contains(terms[lower]) || EntityCues.demonyms.contains(terms[lower])
            {
                lower += 1
            }
            while upper > lower + 1, EntityCues.honorifics.contains(terms[upper - 1]) { upper -= 1 }
        }
        guard lower < upper else { return nil }
        if (lower..<upper).allSatisfy({ !tokens[$0].flags.contains(.devanagari) && tokens[$0].kind == .word }) {
            return nil
        }
        return lower..<upper
    }

    /// Gazetteer places among the untagged tokens, longest first.
    func placeSpans(tokens: [Token], terms: [Term], taken: [Bool]) -> [Span] {
        var result: [Span] = []
        var i = 0
        while i < tokens.count {
            guard !taken[i], tokens[i].kind == .word, places.startsName(terms[i]) else {
                i += 1
                continue
            }
            // Names run over word tokens only; stop at punctuation or a taken token.
            var words = 0
            while words < places.longestName, i + words < tokens.count, !taken[i + words],
                tokens[i + words].kind == .word
            {
                words += 1
            }
            var length = words
            var found = false
            while length >= 1 {
                // A one-word place that is also a common word (गया 'went', the city Gaya) needs the tagger.
                if length == 1, CommonWords.contains(terms[i]) { break }
                if places.lookup(terms: terms[i..<(i + length)]) != nil {
                    found = true
                    break
                }
                length -= 1
            }
            // A place's name at the head of an organisation's or a programme's (स्वच्छ भारत मिशन) is not a place.
            let next = i + length < tokens.count ? terms[i + length] : nil
            if found,
                next.map({ EntityCues.organizationHeads.contains($0) || Self.programmeHeads.contains($0) }) != true
            {
                result.append(Span(tokens: i..<(i + length), type: .place, source: .gazetteer))
                i += length
            } else {
                i += 1
            }
        }
        return result
    }

    /// A person title followed by one to three Devanagari words the tagger never saw in training (or knows
    /// as name words), ending before a case marker or punctuation: राष्ट्रपति पुतिन ने, सीनेटर केरी उस.
    func titleSpans(tokens: [Token], terms: [Term], taken: [Bool], model: EntityTaggerModel) -> [Span] {
        var result: [Span] = []
        for i in tokens.indices where EntityCues.personTitles.contains(terms[i]) && tokens[i].kind == .word {
            var j = i + 1
            while j < tokens.count, j - i <= 3, !taken[j], tokens[j].kind == .word,
                tokens[j].flags.contains(.devanagari),
                !EntityFeatures.postpositions.contains(terms[j]), !EntityCues.personTitles.contains(terms[j]),
                !EntityCues.organizationHeads.contains(terms[j]), !EntityCues.placeHeads.contains(terms[j]),
                !Stopwords.hindiTerms.contains(terms[j]),
                !model.vocabulary.contains(terms[j].hash) || model.personNames[terms[j].hash] != nil
            {
                j += 1
            }
            guard j > i + 1 else { continue }
            let next = j < tokens.count ? terms[j] : nil
            guard
                next.map({ EntityFeatures.postpositions.contains($0) }) ?? true
                    || j < tokens.count && !tokens[j].isWordLike
            else { continue }
            result.append(Span(tokens: (i + 1)..<j, type: .person, source: .title))
        }
        return result
    }
}
