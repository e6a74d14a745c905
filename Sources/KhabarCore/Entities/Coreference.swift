public import KhabarText

/// Within-document coreference: groups one document's mentions into entities (HINDI.md, "Entities without neural models").
///
/// - Mentions with the same type and name (by match key: मास्को/मॉस्को) are one entity; so are places the
///   gazetteer knows by several names (रूस, Russia, रशिया).
/// - A short form links to a full person name of the document that starts or ends with it (किम, किम जोंग →
///   किम जोंग उन): to the most mentioned such name before it (on a tie the first introduced), else the
///   nearest after. A full name that merely shares
///   a word (किम यो जोंग) stays its own entity, and names of other types (किम इल सुंग स्क्वायर) are never
///   candidates.
/// - A Latin name in brackets right after a Hindi one glosses it (किम जोंग उन (Kim Jong Un)); other Latin
///   names join a Hindi entity of the same type when ``NameMatcher`` scores them as the same name.
///
/// Complexity: O(m log m) in the mentions of one document for short forms, plus the cross-script pairs of
/// its distinct Latin and Devanagari names.
public struct Coreference: Sendable {
    /// The lowest ``NameMatcher`` score at which a Latin and a Devanagari name are taken as one.
    public var crossScriptThreshold: Double
    private let matcher = NameMatcher()
    private let places: Places

    /// A resolver.
    public init(crossScriptThreshold: Double = 0.8, places: Places = .shared) {
        self.crossScriptThreshold = crossScriptThreshold
        self.places = places
    }

    /// A mention's words as coreference compares them.
    struct Name {
        /// The word-like tokens of the mention.
        var tokens: Range<Int>
        /// Their terms.
        var terms: [Term]
        var isLatin: Bool
        /// The hash of the terms: equal names, equal keys.
        var key: UInt64
    }

    /// Fills each mention's ``EntityMention/entity`` and returns the document's entities.
    ///
    /// - Parameters:
    ///   - text: the text the mentions' offsets point into;
    ///   - tokens: its tokens;
    ///   - terms: the term of every token.
    public func resolve(
        _ mentions: inout [EntityMention],
        in text: CanonicalText,
        tokens: [Token],
        terms: [Term]
    ) -> [DocumentEntity] {
        guard !mentions.isEmpty else { return [] }
        let names = mentions.map { Self.name(of: $0, tokens: tokens, terms: terms) }
        // Union-find over mentions.
        var parent = Array(mentions.indices)
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x {
                parent[x] = parent[parent[x]]
                x = parent[x]
            }
            return x
        }
        func union(_ a: Int, _ b: Int) {
            let ra = find(a)
            let rb = find(b)
            if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
        }
        // Same type and name; places by gazetteer entry.
        var byKey: [UInt64: Int] = [:]
        // A place's gazetteer key, looked up once per name however often the document repeats it.
        var placeKeys: [UInt64: UInt64?] = [:]
        for (k, mention) in mentions.enumerated() where !names[k].terms.isEmpty {
            var key = StableHash.fold(names[k].key, UInt64(mention.type.rawValue.utf8.count) &+ 0x51)
            if mention.type == .place {
                if placeKeys[names[k].key] == nil {
                    let entry = places.lookup(terms: names[k].terms[...]) ?? places.lookup(variant: mention.text)
                    placeKeys[names[k].key] = .some(entry.map { StableHash.hash("place|=\($0.english)") })
                }
                if let placeKey = placeKeys[names[k].key] ?? nil { key = placeKey }
            }
            if let first = byKey[key] { union(first, k) } else { byKey[key] = k }
        }
        // Glosses: a Latin name in brackets right after another mention.
        for k in mentions.indices.dropFirst() where names[k].isLatin && !names[k - 1].isLatin {
            if Self.isGloss(mentions[k - 1], mentions[k], text) {
                union(k - 1, k)
            }
        }
        linkShortForms(mentions, names, union: union)
        linkAcrossScripts(mentions, names, find: find, union: union)
        // Entities in order of first mention.
        var entityOf: [Int: Int] = [:]
        var members: [[Int]] = []
        for k in mentions.indices {
            let root = find(k)
            if let entity = entityOf[root] {
                members[entity].append(k)
            } else {
                entityOf[root] = members.count
                members.append([k])
            }
            mentions[k].entity = entityOf[root] ?? 0
        }
        return members.map { entity(of: $0, mentions: mentions, names: names, text: text, tokens: tokens) }
    }

    /// Whether `second` stands in brackets right after `first`: "X (Y)" with nothing else between.
    static func isGloss(_ first: EntityMention, _ second: EntityMention, _ text: CanonicalText) -> Bool {
        guard first.type == second.type, second.start > first.end, second.start - first.end <= 3 else { return false }
        var brackets = 0
        for scalar in text.scalars[first.end..<second.start] {
            if scalar == "(" {
                brackets += 1
            } else if scalar != " " {
                return false
            }
        }
        return brackets == 1
    }

    private func linkShortForms(_ mentions: [EntityMention], _ names: [Name], union: (Int, Int) -> Void) {
        let people = mentions.indices.filter { mentions[$0].type == .person && !names[$0].terms.isEmpty }
        func affixKey(_ terms: ArraySlice<Term>, latin: Bool) -> UInt64 {
            var hash: UInt64 = latin ? 0x4C41_5449_4E00 : 0x4445_5641_0000
            for term in terms { hash = StableHash.fold(hash ^ term.hash, 0x9E37_79B9_7F4A_7C15) }
            return hash
        }
        // Full names (two words or more) by every run of words they start or end with, and where each occurs.
        var fullNamesByAffix: [UInt64: [UInt64]] = [:]
        var positions: [UInt64: [Int]] = [:]
        for k in people where names[k].terms.count >= 2 {
            let name = names[k]
            if positions[name.key] == nil {
                for length in 1..<name.terms.count {
                    for affix in [name.terms.prefix(length), name.terms.suffix(length)] {
                        let key = affixKey(affix, latin: name.isLatin)
                        if fullNamesByAffix[key]?.contains(name.key) != true {
                            fullNamesByAffix[key, default: []].append(name.key)
                        }
                    }
                }
            }
            positions[name.key, default: []].append(k)
        }
        for k in people {
            guard let candidates = fullNamesByAffix[affixKey(names[k].terms[...], latin: names[k].isLatin)] else {
                continue
            }
            // The most mentioned full name before it; on a tie the one introduced first, the article's
            // subject (उनकी बहन किम यो जोंग … किम ने: the leader, not the sister). The nearest one after counts
            // only when none is before.
            var best: (count: Int, first: Int)?
            var after: Int?
            for name in candidates {
                guard let list = positions[name], let first = list.first else { continue }
                var low = 0
                var high = list.count
                while low < high {
                    let middle = (low + high) / 2
                    if list[middle] < k { low = middle + 1 } else { high = middle }
                }
                if low > 0 {
                    if best.map({ (low, -first) > ($0.count, -$0.first) }) ?? true { best = (low, first) }
                } else if first > k {
                    after = min(after ?? first, first)
                }
            }
            if let target = best?.first ?? after { union(target, k) }
        }
    }

    private func linkAcrossScripts(
        _ mentions: [EntityMention],
        _ names: [Name],
        find: (Int) -> Int,
        union: (Int, Int) -> Void
    ) {
        // One mention per distinct name and type: equal names are linked already.
        var seen = Set<String>()
        let distinct = mentions.indices.filter {
            !names[$0].terms.isEmpty && seen.insert("\(mentions[$0].type.rawValue)|\(names[$0].key)").inserted
        }
        let latin = distinct.filter { names[$0].isLatin }
        let hindi = distinct.filter { !names[$0].isLatin }
        guard !latin.isEmpty, !hindi.isEmpty else { return }
        var keys: [UInt64: NameMatcher.Key] = [:]
        func key(_ k: Int) -> NameMatcher.Key {
            if let known = keys[names[k].key] { return known }
            let made = matcher.key(mentions[k].text)
            keys[names[k].key] = made
            return made
        }
        for l in latin {
            let latinKey = key(l)
            var best: (index: Int, score: Double)?
            for h in hindi where mentions[h].type == mentions[l].type && names[h].terms.count == names[l].terms.count {
                let score = matcher.score(latinKey, key(h))
                if score >= crossScriptThreshold, score > (best?.score ?? 0) { best = (h, score) }
            }
            if let best, find(best.index) != find(l) { union(best.index, l) }
        }
    }

    /// The document entity of a group of mentions.
    private func entity(
        of group: [Int],
        mentions: [EntityMention],
        names: [Name],
        text: CanonicalText,
        tokens: [Token]
    ) -> DocumentEntity {
        let type = mentions[group[0]].type
        // The display name: the fullest Devanagari name, the most used among equals; else the fullest Latin one.
        // Mentions written alike, counted by the hash of their text (no Unicode normalization per lookup).
        let written = group.map { StableHash.hash(mentions[$0].text) }
        var counts: [UInt64: Int] = [:]
        for hash in written { counts[hash, default: 0] += 1 }
        var writing: [Int: UInt64] = [:]
        for (k, hash) in zip(group, written) { writing[k] = hash }
        func pick(_ candidates: [Int]) -> Int? {
            candidates.max { a, b in
                let wa = names[a].terms.count
                let wb = names[b].terms.count
                if wa != wb { return wa < wb }
                return counts[writing[a] ?? 0, default: 0] < counts[writing[b] ?? 0, default: 0]
            }
        }
        let hindi = group.filter { !names[$0].isLatin }
        let latin = group.filter { names[$0].isLatin }
        let main = pick(hindi) ?? pick(latin) ?? group[0]
        // The English form: the gazetteers' when they know the display name (or another of the fullest names);
        // else a Latin name the document writes for it, when that renders the name (a gloss may name
        // something else: स्वास्थ्य मंत्रालय (MoHAP) is one country's ministry, not every one's).
        // A name the gazetteers know is shown as they write it (गुड़गांव → गुरुग्राम, आईसीएमआर → भारतीय
        // आयुर्विज्ञान अनुसंधान परिषद): one display name whichever form an article uses.
        var english: String?
        var known: String?
        let fullest = group.filter { names[$0].terms.count == names[main].terms.count }
        if type == .place,
            let entry = places.lookup(terms: names[main].terms[...]) ?? places.lookup(variant: mentions[main].text)
        {
            (english, known) = (entry.english, entry.hindi)
        }
        for k in [main] + fullest where english == nil {
            if let entry = Notables.shared.lookup(terms: names[k].terms[...]), entry.type == type {
                (english, known) = (entry.english, entry.hindi)
            }
        }
        if english == nil, type == .organization { english = Self.placeInstitution(names[main].terms, places: places) }
        if english == nil {
            english = pick(hindi.isEmpty ? latin : latin.filter { renders($0, main, mentions, names) })
                .map { mentions[$0].text }
        }
        var aliases: [String] = []
        var aliasTerms: [[Term]] = []
        var seen = Set<UInt64>()
        for k in group where !names[k].terms.isEmpty && seen.insert(names[k].key).inserted {
            aliases.append(Self.alias(names[k], text: text, tokens: tokens))
            aliasTerms.append(names[k].terms)
        }
        let name = known ?? mentions[main].text
        return DocumentEntity(
            name: name, type: type, english: english, mentions: group, aliases: aliases,
            linkKeys: EntityDirectory.linkKeys(
                name: name, english: english, type: type, aliases: aliases, aliasTerms: aliasTerms))
    }

    /// The English name of a place's government, police, court or assembly (दिल्ली पुलिस → Delhi Police,
    /// उत्तर प्रदेश सरकार → Government of Uttar Pradesh), when the gazetteer knows the place.
    static func placeInstitution(_ terms: [Term], places: Places) -> String? {
        guard terms.count >= 2, let last = terms.last, let pattern = institutionPatterns[last],
            let place = places.lookup(terms: terms.dropLast())
        else { return nil }
        return pattern.0 + place.english + pattern.1
    }

    /// Head word → what comes before and after the place's English name.
    static let institutionPatterns: [Term: (String, String)] = [
        Term("सरकार"): ("Government of ", ""), Term("पुलिस"): ("", " Police"), Term("हाईकोर्ट"): ("", " High Court"),
        Term("विधानसभा"): ("", " Legislative Assembly"), Term("प्रशासन"): ("", " Administration"),
    ]

    /// Whether a Latin mention renders a Devanagari name: the same name by ``NameMatcher``, or its acronym
    /// (डब्ल्यूएचओ = WHO; राष्ट्रीय आपदा प्रबंधन प्राधिकरण = NDMA).
    private func renders(_ latin: Int, _ name: Int, _ mentions: [EntityMention], _ names: [Name]) -> Bool {
        let text = mentions[latin].text
        if matcher.score(matcher.key(text), matcher.key(mentions[name].text)) >= crossScriptThreshold { return true }
        let letters = text.utf8.filter { $0 != UInt8(ascii: ".") }
        guard letters.count >= 2, letters.allSatisfy({ $0 &- UInt8(ascii: "A") < 26 }) else { return false }
        let words = names[name].terms.count
        if words == letters.count { return true }
        if words == 1, let spelled = EntityCues.acronymLetters(MatchKey.of(mentions[name].text)) {
            return Array(spelled.utf8) == letters
        }
        return false
    }

    /// A mention's name: its word-like tokens and their terms.
    static func name(of mention: EntityMention, tokens: [Token], terms: [Term]) -> Name {
        // The first token at or after the mention's start.
        var low = 0
        var high = tokens.count
        while low < high {
            let middle = (low + high) / 2
            if tokens[middle].start < mention.start { low = middle + 1 } else { high = middle }
        }
        var end = low
        while end < tokens.count, tokens[end].end <= mention.end { end += 1 }
        let words = (low..<end).filter { tokens[$0].isWordLike }
        let wordTerms = words.map { terms[$0] }
        let isLatin = !words.isEmpty && words.allSatisfy { !tokens[$0].flags.contains(.devanagari) }
        let key = wordTerms.map(\.hash).withUnsafeBufferPointer { StableHash.hash(UnsafeRawBufferPointer($0)) }
        return Name(tokens: low..<end, terms: wordTerms, isLatin: isLatin, key: key)
    }

    /// A name as an alias: the match keys of its words, joined by spaces.
    static func alias(_ name: Name, text: CanonicalText, tokens: [Token]) -> String {
        name.tokens.filter { tokens[$0].isWordLike }.map { MatchKey.of(canonical: text.scalars[tokens[$0].range]) }
            .joined(separator: " ")
    }
}
