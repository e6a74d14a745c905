public import KhabarCore
import KhabarText

/// A corpus-level gold of entities, written by reading the corpus: its most mentioned real entities (type,
/// display name, Latin forms, the variants the articles use), pairs of different entities easy to merge, and
/// frequent words that are no entity. Each item belongs to the `dev` or the `held` split.
public struct CorpusEntityGold: Sendable, Decodable {
    public struct Entity: Sendable, Decodable {
        public var name: String
        public var type: EntityType
        public var latin: [String]
        public var variants: [String]
        public var split: String
    }
    public struct Pair: Sendable, Decodable {
        public var a: String
        public var b: String
        public var split: String
    }
    public struct Word: Sendable, Decodable {
        public var word: String
        public var split: String
    }
    public var entities: [Entity]
    public var confusable: [Pair]
    public var nonEntities: [Word]

    /// The items of one split (`dev`, `held`), or all of them (nil).
    public func only(_ split: String?) -> CorpusEntityGold {
        guard let split else { return self }
        var result = self
        result.entities = entities.filter { $0.split == split }
        result.confusable = confusable.filter { $0.split == split }
        result.nonEntities = nonEntities.filter { $0.split == split }
        return result
    }
}

/// Scores the entities a corpus gave (``CanonicalEntity`` with their stored mention counts) against a
/// ``CorpusEntityGold``, as an editor reading `khabar entities` would.
public struct CorpusEntityEvaluation: Sendable {
    /// An entity as the store lists it.
    public struct Listed: Sendable {
        public var entity: CanonicalEntity
        public var mentions: Int
        public init(entity: CanonicalEntity, mentions: Int) {
            self.entity = entity
            self.mentions = mentions
        }
    }

    /// What was found wrong, for reading.
    public struct Finding: Sendable, CustomStringConvertible {
        public var what: String
        public var description: String { what }
    }

    /// The figures.
    public struct Score: Sendable {
        /// Of the top listed entities that the gold judges (real entities or listed non-entities): how many
        /// are right in all four (a real entity, its type, its display name, its Latin form).
        public var judged = 0
        public var right = 0
        public var rightType = 0
        public var rightName = 0
        public var rightLatin = 0
        /// Top listed entities the gold says nothing of.
        public var unjudged = 0
        public var confusablePairs = 0
        public var merged = 0
        public var nonEntities = 0
        public var surfacing = 0
        public var goldEntities = 0
        /// Gold entities found with their type and every variant that Khabar found under the one id.
        public var recalled = 0
        public var findings: [Finding] = []

        public var precision: Double { judged == 0 ? 0 : Double(right) / Double(judged) }
        public var recall: Double { goldEntities == 0 ? 0 : Double(recalled) / Double(goldEntities) }
    }

    public var top: Int

    public init(top: Int = 100) { self.top = top }

    /// The names of an entity, as match keys: its display name, its aliases, its English form.
    static func names(of entity: CanonicalEntity) -> Set<String> {
        var result: Set<String> = [MatchKey.of(entity.name)]
        for alias in entity.aliases {
            if let bar = alias.firstIndex(of: "|") { result.insert(String(alias[alias.index(after: bar)...])) }
        }
        if let english = entity.english { result.insert(MatchKey.of(english)) }
        return result
    }

    /// A name with its hyphens as spaces (जम्मू-कश्मीर is जम्मू कश्मीर).
    static func spaced(_ key: String) -> String {
        key.split(whereSeparator: { $0 == "-" || $0 == " " }).joined(separator: " ")
    }

    /// A Latin form as compared: lower-case letters and digits only.
    static func latinKey(_ text: String) -> String {
        String(
            String.UnicodeScalarView(
                text.lowercased().unicodeScalars.filter {
                    $0.properties.isAlphabetic || $0.properties.numericType != nil
                }))
    }

    public func score(_ listed: [Listed], gold: CorpusEntityGold) -> Score {
        var score = Score()
        let ranked = listed.sorted { ($0.mentions, $1.entity.id) > ($1.mentions, $0.entity.id) }
        // Match key → entities with that name (most mentioned first).
        var byName: [String: [Int]] = [:]
        var displayKey: [String: [Int]] = [:]
        for (index, item) in ranked.enumerated() {
            for name in Self.names(of: item.entity) { byName[name, default: []].append(index) }
            displayKey[MatchKey.of(item.entity.name), default: []].append(index)
        }
        let goldKeys = gold.entities.map { entity in
            Set(([entity.name] + entity.variants + entity.latin).map(MatchKey.of))
        }
        var goldByKey: [String: Int] = [:]
        for (index, keys) in goldKeys.enumerated() {
            for key in keys where goldByKey[key] == nil { goldByKey[key] = index }
        }
        let nonEntityKeys = Set(gold.nonEntities.map { MatchKey.of($0.word) })

        // Precision of the top listed entities.
        for item in ranked.prefix(top) {
            let entity = item.entity
            let display = MatchKey.of(entity.name)
            let match = goldByKey[display] ?? Self.names(of: entity).sorted().compactMap { goldByKey[$0] }.first
            guard let match else {
                if nonEntityKeys.contains(display) {
                    score.judged += 1
                    score.findings.append(Finding(what: "not an entity: \(entity.name) (\(entity.type.rawValue))"))
                } else {
                    score.unjudged += 1
                }
                continue
            }
            score.judged += 1
            let expected = gold.entities[match]
            let typeRight = entity.type == expected.type
            let nameRight = Self.spaced(display) == Self.spaced(MatchKey.of(expected.name))
            let latinRight = expected.latin.map(Self.latinKey).contains(Self.latinKey(entity.latin))
            if typeRight { score.rightType += 1 }
            if nameRight { score.rightName += 1 }
            if latinRight { score.rightLatin += 1 }
            if typeRight && nameRight && latinRight {
                score.right += 1
            } else {
                var wrong: [String] = []
                if !typeRight { wrong.append("type \(entity.type.rawValue), not \(expected.type.rawValue)") }
                if !nameRight { wrong.append("shown as \(entity.name), not \(expected.name)") }
                if !latinRight { wrong.append("Latin \(entity.latin), not \(expected.latin.joined(separator: " / "))") }
                score.findings.append(Finding(what: "\(expected.name): " + wrong.joined(separator: "; ")))
            }
        }

        // Confusable pairs: merged when the most mentioned entity going by one's name goes by the other's.
        func owner(_ name: String) -> Int? { displayKey[MatchKey.of(name)]?.first ?? byName[MatchKey.of(name)]?.first }
        for pair in gold.confusable {
            score.confusablePairs += 1
            if let a = owner(pair.a), let b = owner(pair.b), a == b {
                score.merged += 1
                score.findings.append(Finding(what: "merged: \(pair.a) and \(pair.b) as \(ranked[a].entity.name)"))
            }
        }

        // Non-entities that surface: an entity shown under the word, or going by it.
        for word in gold.nonEntities {
            score.nonEntities += 1
            let key = MatchKey.of(word.word)
            if let index = byName[key]?.first(where: { ranked[$0].mentions >= 2 }) {
                score.surfacing += 1
                let entity = ranked[index].entity
                score.findings.append(
                    Finding(
                        what:
                            "non-entity \(word.word) surfaces in \(entity.name) (\(entity.type.rawValue), \(ranked[index].mentions) mentions)"
                    ))
            }
        }

        // Recall: the entity is there with its type, and every variant found is under the one id.
        for (index, entity) in gold.entities.enumerated() {
            score.goldEntities += 1
            guard let found = owner(entity.name), ranked[found].entity.type == entity.type else {
                score.findings.append(Finding(what: "missing: \(entity.name) (\(entity.type.rawValue))"))
                continue
            }
            let scattered = goldKeys[index].filter { key in
                guard let holders = byName[key] else { return false }
                return !holders.contains(found) && holders.contains { ranked[$0].entity.type == entity.type }
            }
            if scattered.isEmpty {
                score.recalled += 1
            } else {
                score.findings.append(
                    Finding(
                        what:
                            "split: \(entity.name) also under other ids as \(scattered.sorted().joined(separator: ", "))"
                    ))
            }
        }
        return score
    }
}
