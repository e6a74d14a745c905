import KhabarText

/// The canonical entities of a corpus, and the indexes that link each new document's entities to them.
///
/// A document entity joins an existing entity when, in this order:
/// 1. they share a name (same type and match key; places by gazetteer entry: रूस = Russia = रशिया);
/// 2. one is a person known only by one word and the other a person whose full name begins or ends with it
///    (पुतिन ↔ व्लादिमीर पुतिन) — and that full name is the only candidate, or clearly the most mentioned;
/// 3. they are written in different scripts and ``NameMatcher`` scores their names as the same
///    (Kim Jong Un ↔ किम जोंग उन), with the same type and number of words.
/// Otherwise it becomes a new entity. Linking is incremental: documents added later link to the entities
/// already there, and ids never change.
public struct EntityDirectory: Sendable {
    /// The entities, in order of creation.
    public private(set) var entities: [CanonicalEntity] = []
    private var byKey: [String: Int] = [:]
    /// Entity id → index.
    private var positions: [String: Int] = [:]
    /// "person|word" → people with a name of two or more words beginning or ending with that word.
    private var byNameWord: [String: [Int]] = [:]
    /// "person|word" → people known only by that one word.
    private var bySingleWord: [String: [Int]] = [:]
    /// The single-word key each one-word person is filed under.
    private var singleWordKey: [Int: String] = [:]
    /// "type|skeleton" → entities, for names across scripts.
    private var bySkeleton: [String: [Int]] = [:]
    private let matcher = NameMatcher()
    /// The lowest ``NameMatcher`` score at which names in two scripts are one.
    public var crossScriptThreshold = 0.8

    /// An empty directory.
    public init() {}

    /// The directory of the entities of these documents' annotations.
    public init(annotations: [Annotations]) {
        for document in annotations {
            for entity in document.entities { resolve(entity) }
        }
    }

    /// A directory holding stored entities.
    public init(entities: [CanonicalEntity]) {
        for entity in entities { insert(entity) }
    }

    /// The names of the entities mentioned at least `minimumMentions` times, for finding them in other
    /// documents.
    public func knownNames(minimumMentions: Int = 2) -> KnownNames {
        KnownNames(entities: entities, minimumMentions: minimumMentions)
    }

    // MARK: Lookup keys

    /// The keys under which the store files an entity, so that a directory holding only the entities found
    /// under a batch's ``queryKeys(of:)`` resolves the batch exactly as the whole directory would:
    /// `k|` its identifying keys, `w|` the first and last words of a person's full names, `s|` the word of a
    /// person known by one word only, `sk|` the consonant skeletons of its names.
    public static func lookupKeys(of entity: CanonicalEntity) -> [String] {
        var result = entity.keys.sorted().map { "k|" + $0 }
        if entity.type == .person {
            let names = entity.keys.sorted().compactMap { key -> [Substring]? in
                guard let name = key.split(separator: "|", maxSplits: 1).last, name.utf8.first != UInt8(ascii: "=")
                else { return nil }
                return name.split(separator: " ")
            }
            if !names.isEmpty, names.allSatisfy({ $0.count == 1 }), let word = names.first?.first {
                result.append("s|person|\(word)")
            }
            for words in names where words.count >= 2 {
                for word in Set([words[0], words[words.count - 1]]).sorted() { result.append("w|person|\(word)") }
            }
        }
        for name in [entity.name] + (entity.english.map { [$0] } ?? []) {
            result.append("sk|\(entity.type.rawValue)|\(NameKey.skeleton(name))")
        }
        var seen = Set<String>()
        return result.filter { seen.insert($0).inserted }
    }

    /// The lookup keys under which the entities a document entity may join are filed (see
    /// ``lookupKeys(of:)``).
    public static func queryKeys(of entity: DocumentEntity) -> [String] {
        var result = keys(of: entity).map { "k|" + $0 }
        if entity.type == .person {
            let longest =
                entity.aliases.map { $0.split(separator: " ").map(String.init) }.max { $0.count < $1.count } ?? []
            if longest.count == 1 {
                result.append("w|person|\(longest[0])")
            } else if longest.count >= 2 {
                for word in Set([longest[0], longest[longest.count - 1]]).sorted() { result.append("s|person|\(word)") }
            }
        }
        for name in Set([entity.name] + (entity.english.map { [$0] } ?? [])).sorted() {
            result.append("sk|\(entity.type.rawValue)|\(NameKey.skeleton(name))")
        }
        return result
    }

    /// The index of the entity with this id, if any.
    public func index(of id: String) -> Int? { positions[id] }

    /// Links a document entity, creating or updating a canonical entity; returns its index.
    @discardableResult
    public mutating func resolve(_ entity: DocumentEntity) -> Int {
        let keys = Self.keys(of: entity)
        let aliases = entity.aliases.map { "\(entity.type.rawValue)|\($0)" }
        var found: Int?
        for key in keys where found == nil { found = byKey[key] }
        let index = found ?? shortFormMatch(entity) ?? crossScriptMatch(entity)
        guard let index else {
            let id = StableHash.hex(StableHash.hash(keys.first ?? entity.name)) + Self.typeSuffix(entity.type)
            return insert(
                CanonicalEntity(
                    id: id, name: entity.name, english: entity.english, type: entity.type, aliases: Set(aliases),
                    keys: Set(keys), mentionCount: entity.mentions.count))
        }
        var updated = entities[index]
        updated.mentionCount += entity.mentions.count
        if Self.prefers(entity.name, over: updated.name) { updated.name = entity.name }
        if let english = entity.english, Self.wordCount(english) > Self.wordCount(updated.english ?? "") {
            updated.english = english
        }
        updated.aliases.formUnion(aliases)
        updated.keys.formUnion(keys)
        replace(index, with: updated)
        return index
    }

    /// The identifying keys of a document entity: gazetteer keys first, then its fullest names.
    static func keys(of entity: DocumentEntity) -> [String] {
        var result: [String] = []
        let type = entity.type.rawValue
        for alias in entity.aliases {
            if entity.type == .place, let entry = Places.shared.lookup(alias) {
                result.append("place|=\(entry.english)")
            } else if let entry = Notables.shared.lookup(alias), entry.type == entity.type {
                result.append("\(type)|=\(entry.english)")
            }
        }
        let most = entity.aliases.map(wordCount).max() ?? 0
        for alias in entity.aliases where wordCount(alias) == most { result.append("\(type)|\(alias)") }
        var seen = Set<String>()
        return result.filter { seen.insert($0).inserted }
    }

    private static func typeSuffix(_ type: EntityType) -> String {
        switch type {
        case .person: "p"
        case .place: "l"
        case .organization: "o"
        case .other: "x"
        }
    }

    private static func wordCount(_ name: String) -> Int { name.split(separator: " ").count }

    private static func isDevanagari(_ name: String) -> Bool {
        name.unicodeScalars.contains { Devanagari.contains($0.value) }
    }

    /// Whether `candidate` makes a better display name than `current`: Devanagari over Latin, then more words.
    static func prefers(_ candidate: String, over current: String) -> Bool {
        let a = isDevanagari(candidate)
        let b = isDevanagari(current)
        if a != b { return a }
        return wordCount(candidate) > wordCount(current)
    }

    private func shortFormMatch(_ entity: DocumentEntity) -> Int? {
        guard entity.type == .person else { return nil }
        let longest = entity.aliases.map { $0.split(separator: " ").map(String.init) }.max { $0.count < $1.count } ?? []
        var candidates: [Int] = []
        if longest.count == 1 {
            candidates = byNameWord["person|\(longest[0])"] ?? []
        } else if longest.count >= 2 {
            let ends = Set([longest[0], longest[longest.count - 1]])
            candidates = ends.flatMap { bySingleWord["person|\($0)"] ?? [] }
        }
        guard !candidates.isEmpty else { return nil }
        let ranked = Set(candidates).sorted { entities[$0].mentionCount > entities[$1].mentionCount }
        if ranked.count == 1 { return ranked[0] }
        // Several people share the word: only a clearly dominant one takes the short form.
        return entities[ranked[0]].mentionCount >= 3 * entities[ranked[1]].mentionCount ? ranked[0] : nil
    }

    private func crossScriptMatch(_ entity: DocumentEntity) -> Int? {
        var best: (index: Int, score: Double)?
        for name in Set([entity.name] + (entity.english.map { [$0] } ?? [])) {
            let key = matcher.key(name)
            let words = Self.wordCount(name)
            let devanagari = Self.isDevanagari(name)
            for candidate in bySkeleton["\(entity.type.rawValue)|\(NameKey.skeleton(name))"] ?? [] {
                let other = entities[candidate]
                for otherName in [other.name] + (other.english.map { [$0] } ?? [])
                where Self.isDevanagari(otherName) != devanagari && Self.wordCount(otherName) == words {
                    let score = matcher.score(key, matcher.key(otherName))
                    if score >= crossScriptThreshold, score > (best?.score ?? 0) { best = (candidate, score) }
                }
            }
        }
        return best?.index
    }

    @discardableResult
    private mutating func insert(_ entity: CanonicalEntity) -> Int {
        if let existing = positions[entity.id] {
            // The same id made twice (a store handing an entity again): one entity.
            replace(existing, with: entity)
            return existing
        }
        entities.append(entity)
        positions[entity.id] = entities.count - 1
        index(entities.count - 1)
        return entities.count - 1
    }

    private mutating func replace(_ index: Int, with entity: CanonicalEntity) {
        entities[index] = entity
        self.index(index)
    }

    /// Adds an entity's names to the lookup tables (idempotent).
    private mutating func index(_ index: Int) {
        let entity = entities[index]
        for key in entity.keys where byKey[key] == nil { byKey[key] = index }
        if entity.type == .person {
            let names = entity.keys.compactMap { key -> [Substring]? in
                guard let name = key.split(separator: "|", maxSplits: 1).last, name.utf8.first != UInt8(ascii: "=")
                else { return nil }
                return name.split(separator: " ")
            }
            let single = names.allSatisfy { $0.count == 1 }
            for words in names where words.count >= 2 {
                for word in Set([words[0], words[words.count - 1]]) {
                    let key = "person|\(word)"
                    if !(byNameWord[key] ?? []).contains(index) { byNameWord[key, default: []].append(index) }
                }
            }
            if single, let word = names.first?.first {
                let key = "person|\(word)"
                if singleWordKey[index] == nil {
                    bySingleWord[key, default: []].append(index)
                    singleWordKey[index] = key
                }
            } else if !single, let key = singleWordKey.removeValue(forKey: index) {
                bySingleWord[key]?.removeAll { $0 == index }
            }
        }
        for name in [entity.name] + (entity.english.map { [$0] } ?? []) {
            let key = "\(entity.type.rawValue)|\(NameKey.skeleton(name))"
            if !(bySkeleton[key] ?? []).contains(index) { bySkeleton[key, default: []].append(index) }
        }
    }
}
