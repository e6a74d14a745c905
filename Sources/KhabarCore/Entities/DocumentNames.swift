import KhabarText

/// The names a document has already been seen to use, found again wherever else it writes them: news
/// names a person in full once and by one word afterwards (किम जोंग उन … किम ने कहा), and a tagger that
/// misses one occurrence of a name usually catches another.
struct DocumentNames {
    /// Name (its tokens' terms) → type.
    private var names: [[Term]: EntityType] = [:]
    private var firstTerms: TermSet = []
    private var longest = 0
    /// The document's terms, one per token.
    private let terms: [Term]
    /// Names known from other documents (the document's own names take precedence).
    private let known: KnownNames

    /// The names of the spans found so far: each span's whole text, and the first and last word of a
    /// person's name of two or more words (when that word is not a function word, title or case marker,
    /// nor a name of another type).
    init(_ spans: [EntityRecognizer.Span], tokens: [Token], terms: [Term], known: KnownNames = KnownNames()) {
        self.terms = terms
        self.known = known
        for span in spans {
            let name = Array(terms[span.tokens])
            if names[name] == nil { add(name, span.type) }
        }
        for span in spans where span.type == .person && span.tokens.count >= 2 {
            for k in Set([span.tokens.lowerBound, span.tokens.upperBound - 1]) {
                let term = terms[k]
                guard tokens[k].kind == .word, tokens[k].end - tokens[k].start >= 2, names[[term]] == nil,
                    Self.canBeShortForm(term)
                else { continue }
                add([term], .person)
            }
        }
    }

    /// Whether a word may stand alone as a short form of a person's name: not a function word, common word
    /// (``CommonWords``), title, demonym, case marker or honorific.
    static func canBeShortForm(_ term: Term) -> Bool {
        !CommonWords.contains(term)
            && !EntityCues.personTitles.contains(term) && !EntityCues.demonyms.contains(term)
            && !EntityFeatures.postpositions.contains(term) && !EntityCues.honorifics.contains(term)
    }

    private mutating func add(_ name: [Term], _ type: EntityType) {
        guard let first = name.first else { return }
        names[name] = type
        firstTerms.insert(first.hash)
        longest = max(longest, name.count)
    }

    /// The other occurrences of the names among untaken tokens, longest first.
    func spans(taken: [Bool]) -> [EntityRecognizer.Span] {
        var result: [EntityRecognizer.Span] = []
        var i = 0
        let count = taken.count
        while i < count {
            let own = firstTerms.contains(terms[i])
            let other = known.mayStart(terms[i])
            guard !taken[i], own || other else {
                i += 1
                continue
            }
            var free = 0
            while free < max(own ? longest : 0, other ? known.longest : 0), i + free < count, !taken[i + free] {
                free += 1
            }
            var length = free
            var type: EntityType?
            while length >= 1, type == nil {
                let name = terms[i..<(i + length)]
                type = (own ? names[Array(name)] : nil) ?? (other ? known.type(of: name) : nil)
                if type == nil { length -= 1 }
            }
            if let type {
                result.append(.init(tokens: i..<(i + length), type: type, source: .document))
                i += length
            } else {
                i += 1
            }
        }
        return result
    }

    /// Gives every span of the same name the type most of them have (a tie goes to the gazetteer's place
    /// when it knows the name, else to the first span's type).
    static func vote(_ spans: inout [EntityRecognizer.Span], terms: [Term], places: Places) {
        var votes: [[Term]: [EntityType: Int]] = [:]
        var firstType: [[Term]: EntityType] = [:]
        for span in spans {
            let name = Array(terms[span.tokens])
            votes[name, default: [:]][span.type, default: 0] += 1
            if firstType[name] == nil { firstType[name] = span.type }
        }
        for k in spans.indices {
            let name = Array(terms[spans[k].tokens])
            guard let tally = votes[name], tally.count > 1 else { continue }
            let best = tally.values.max() ?? 0
            let leaders = tally.filter { $0.value == best }.map(\.key)
            if leaders.count == 1 {
                spans[k].type = leaders[0]
            } else if leaders.contains(.place), places.lookup(terms: name[...]) != nil {
                spans[k].type = .place
            } else if let first = firstType[name] {
                spans[k].type = first
            }
        }
    }
}
