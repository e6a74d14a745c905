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
/// already there, and ids never change. A directory may hold only the entities a store found under a
/// batch's query keys (``queryKeys(of:)``): it resolves the batch as the whole directory would.
///
/// Lookups hash keys to 64 bits once (keys are canonical text, so their bytes compare as the names do), and
/// an entity is indexed again only when its names change, not when it is mentioned again.
public struct EntityDirectory: Sendable {
    /// The entities, in order of creation.
    public private(set) var entities: [CanonicalEntity] = []
    /// Identifying key → the first entity with it.
    private var byKey: [UInt64: Int] = [:]
    /// Entity id → index.
    private var positions: [String: Int] = [:]
    /// "person|word" → people with a name of two or more words beginning or ending with that word.
    private var byNameWord: [UInt64: [Int]] = [:]
    /// "person|word" → people known only by that one word.
    private var bySingleWord: [UInt64: [Int]] = [:]
    /// The single-word key each one-word person is filed under.
    private var singleWordKey: [Int: UInt64] = [:]
    /// "type|skeleton" → entities, for names across scripts.
    private var bySkeleton: [UInt64: [Int]] = [:]
    /// Per entity: the hashes of its aliases and keys (comparing hashes costs no Unicode normalization).
    private var aliasHashes: [Set<UInt64>] = []
    private var keyHashes: [Set<UInt64>] = []
    /// The words of each entity's English form (a longer English form replaces a shorter one).
    private var englishWords: [Int] = []
    /// The entities changed since the directory was made, with the keys to file and unfile them under.
    private var filings: [Int: (filed: Set<String>, unfiled: Set<String>)] = [:]
    /// The entities created since the directory was made.
    private var created = Set<Int>()
    /// Whether ``changes`` are kept (a directory used only to find names keeps none).
    public var tracksChanges = true
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

    /// A directory holding stored entities (in the order they were created).
    public init(entities: [CanonicalEntity]) {
        add(entities)
    }

    /// Takes in stored entities (in the order they were created), as they are now.
    public mutating func add(_ stored: [CanonicalEntity]) {
        for entity in stored { insert(entity) }
    }

    /// Forgets the changes recorded so far: ``changes`` lists what is resolved from now on.
    public mutating func beginChanges() {
        filings = [:]
        created = []
    }

    /// The names of the entities mentioned at least `minimumMentions` times, for finding them in other
    /// documents.
    public func knownNames(minimumMentions: Int = 2) -> KnownNames {
        KnownNames(entities: entities, minimumMentions: minimumMentions)
    }

    /// The index of the entity with this id, if any.
    public func index(of id: String) -> Int? { positions[id] }

    /// The entities created or changed by ``resolve(_:)`` since the directory was made, in order of creation,
    /// with the keys the store must now file each under (``CanonicalEntity/filingKeys``) and those it must
    /// no longer. An entity only mentioned again changes no keys.
    public var changes: [EntityChange] {
        filings.keys.sorted().map { index in
            let filing = filings[index] ?? ([], [])
            return EntityChange(entity: entities[index], filed: filing.filed.sorted(), unfiled: filing.unfiled.sorted())
        }
    }

    // MARK: Linking

    /// Links a document entity, creating or updating a canonical entity; returns its index.
    @discardableResult
    public mutating func resolve(_ entity: DocumentEntity) -> Int {
        let link = entity.linkKeys
        let keys = link.identifying
        var found: Int?
        for key in keys where found == nil { found = byKey[Self.hash(key)] }
        let index = found ?? shortFormMatch(entity) ?? crossScriptMatch(entity) ?? spellingMatch(entity)
        guard let index else {
            let id = StableHash.hex(StableHash.hash(keys.first ?? entity.name)) + Self.typeSuffix(entity.type)
            let aliases = entity.aliases.map { "\(entity.type.rawValue)|\($0)" }
            var made = CanonicalEntity(
                id: id, name: entity.name, english: entity.english, type: entity.type, aliases: Set(aliases),
                keys: Set(keys), mentionCount: entity.mentions.count, skeletons: Set(link.skeletons))
            made.names = [entity.name: 1]
            let index = insert(made)
            if tracksChanges {
                created.insert(index)
                file(index, Self.lookupKeys(of: entities[index]) + link.search, unfile: [])
            }
            return index
        }
        var updated = entities[index]
        updated.mentionCount += entity.mentions.count
        var renamed = false
        // The display name is the name most articles wrote (one made before names were counted starts with 1).
        if updated.names.isEmpty { updated.names[updated.name] = 1 }
        updated.names[entity.name, default: 0] += 1
        if let best = Self.displayName(updated.names, type: updated.type), best != updated.name {
            updated.name = best
            renamed = true
        }
        if let english = entity.english, link.englishWords > englishWords[index] {
            updated.english = english
            englishWords[index] = link.englishWords
            renamed = true
        }
        var newKeys = false
        for key in keys where keyHashes[index].insert(Self.hash(key)).inserted {
            updated.keys.insert(key)
            newKeys = true
        }
        var newAliases = false
        for alias in entity.aliases
        where aliasHashes[index].insert(Self.hash("\(entity.type.rawValue)|\(alias)")).inserted {
            updated.aliases.insert("\(entity.type.rawValue)|\(alias)")
            newAliases = true
        }
        let before = tracksChanges && (renamed || newKeys) ? Self.lookupKeys(of: entities[index]) : []
        if renamed { updated.skeletons.formUnion(link.skeletons) }
        entities[index] = updated
        if renamed || newKeys { self.index(index) }
        guard tracksChanges else { return index }
        if renamed || newKeys {
            let after = Self.lookupKeys(of: updated)
            let old = Set(before)
            file(index, after.filter { !old.contains($0) }, unfile: old.subtracting(after))
        }
        if newAliases || renamed {
            file(index, link.search, unfile: [])
        } else if filings[index] == nil {
            filings[index] = ([], [])  // mentioned again: its row changes, not its keys
        }
        return index
    }

    /// Records keys to file an entity under, and keys to stop filing it under.
    private mutating func file(_ index: Int, _ keys: [String], unfile: Set<String>) {
        guard tracksChanges else { return }
        var filing = filings[index] ?? ([], [])
        for key in unfile {
            filing.filed.remove(key)
            if !created.contains(index) { filing.unfiled.insert(key) }
        }
        for key in keys {
            filing.unfiled.remove(key)
            filing.filed.insert(key)
        }
        filings[index] = filing
    }

    private static func typeSuffix(_ type: EntityType) -> String {
        switch type {
        case .person: "p"
        case .place: "l"
        case .organization: "o"
        case .other: "x"
        }
    }

    /// The words of a name (runs of anything but spaces).
    static func wordCount(_ name: String) -> Int {
        var count = 0
        var inWord = false
        for byte in name.utf8 {
            if byte == 0x20 {
                inWord = false
            } else if !inWord {
                inWord = true
                count += 1
            }
        }
        return count
    }

    static func isDevanagari(_ name: String) -> Bool { Devanagari.occurs(in: name) }

    /// The 64-bit key of a lookup string.
    static func hash(_ key: String) -> UInt64 { StableHash.hash(key) }

    /// The display name among the names articles wrote (with how many wrote each): Devanagari over Latin;
    /// for a person, a full name over one word (नरेंद्र मोदी, not मोदी); then the most written, then the first
    /// in code-point order, so that the same articles in any order give the same name.
    static func displayName(_ names: [String: Int], type: EntityType) -> String? {
        var pool = names.filter { isDevanagari($0.key) }
        if pool.isEmpty { pool = names }
        if type == .person {
            let full = pool.filter { wordCount($0.key) >= 2 }
            if !full.isEmpty { pool = full }
        }
        return pool.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
    }

    private func shortFormMatch(_ entity: DocumentEntity) -> Int? {
        guard entity.type == .person else { return nil }
        let longest = entity.aliases.map { $0.split(separator: " ").map(String.init) }.max { $0.count < $1.count } ?? []
        var candidates: [Int] = []
        if longest.count == 1 {
            candidates = byNameWord[Self.hash("person|\(longest[0])")] ?? []
        } else if longest.count >= 2 {
            let ends = Set([longest[0], longest[longest.count - 1]])
            candidates = ends.flatMap { bySingleWord[Self.hash("person|\($0)")] ?? [] }
        }
        guard !candidates.isEmpty else { return nil }
        let ranked = Set(candidates).sorted {
            (entities[$0].mentionCount, $1) > (entities[$1].mentionCount, $0)
        }
        if ranked.count == 1 { return ranked[0] }
        // Several people share the word: only a clearly dominant one takes the short form.
        return entities[ranked[0]].mentionCount >= 3 * entities[ranked[1]].mentionCount ? ranked[0] : nil
    }

    /// The skeleton key of a name: "type|script|skeleton", the script `d` (Devanagari) or `l` (Latin);
    /// `crossing` gives the key its names in the other script would have (what a cross-script match looks up).
    static func skeletonKey(_ name: String, type: EntityType, crossing: Bool = false) -> String {
        skeletonKey(NameKey.skeleton(name), type: type, devanagari: isDevanagari(name) != crossing)
    }

    /// The key of a skeleton already computed.
    static func skeletonKey(_ skeleton: String, type: EntityType, devanagari: Bool) -> String {
        "\(type.rawValue)|\(devanagari ? "d" : "l")|\(skeleton)"
    }

    private func crossScriptMatch(_ entity: DocumentEntity) -> Int? {
        var candidates = Set<Int>()
        for skeleton in entity.linkKeys.crossSkeletons {
            for candidate in bySkeleton[Self.hash(skeleton)] ?? [] { candidates.insert(candidate) }
        }
        guard !candidates.isEmpty else { return nil }
        var best: (index: Int, score: Double)?
        for name in Set([entity.name] + (entity.english.map { [$0] } ?? [])).sorted() {
            let key = matcher.key(name)
            let words = Self.wordCount(name)
            let devanagari = Self.isDevanagari(name)
            for candidate in candidates.sorted() {
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

    /// A Devanagari entity whose name is the same but for vowel length and nasal marks (साद कांधलवी = साद
    /// कंधालवी, बेंगलूरु = बेंगलुरु), of the same type: one name spelled two ways. Only when exactly one entity
    /// qualifies; names that differ in any consonant or vowel quality (सुनील / सोनल) stay apart.
    private func spellingMatch(_ entity: DocumentEntity) -> Int? {
        guard Self.isDevanagari(entity.name) else { return nil }
        var candidates = Set<Int>()
        for skeleton in entity.linkKeys.skeletons {
            for candidate in bySkeleton[Self.hash(skeleton)] ?? [] { candidates.insert(candidate) }
        }
        guard !candidates.isEmpty else { return nil }
        let key = Self.spellingKey(entity.name)
        let found = candidates.filter { entities[$0].type == entity.type && Self.spellingKey(entities[$0].name) == key }
        return found.count == 1 ? found.first : nil
    }

    /// A name's match key without vowel length, nasal marks and nukta: ा dropped (an inherent a is as long in
    /// spelling variants), ी as ि, ू as ु.
    static func spellingKey(_ name: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in MatchKey.of(name).unicodeScalars {
            switch scalar.value {
            case Devanagari.chandrabindu, Devanagari.anusvara, Devanagari.nukta, 0x093E: continue  // and ा
            case 0x0940: scalars.append("\u{093F}")
            case 0x0942: scalars.append("\u{0941}")
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    @discardableResult
    private mutating func insert(_ entity: CanonicalEntity) -> Int {
        let position: Int
        if let existing = positions[entity.id] {
            // The same id made twice (a store handing an entity again): one entity.
            position = existing
            entities[existing] = entity
        } else {
            position = entities.count
            entities.append(entity)
            positions[entity.id] = position
            aliasHashes.append([])
            keyHashes.append([])
            englishWords.append(0)
        }
        aliasHashes[position] = Set(entity.aliases.map(Self.hash))
        keyHashes[position] = Set(entity.keys.map(Self.hash))
        englishWords[position] = entity.english.map(Self.wordCount) ?? 0
        index(position)
        return position
    }

    /// Adds an entity's names to the lookup tables (idempotent).
    private mutating func index(_ index: Int) {
        let entity = entities[index]
        for key in entity.keys {
            let hashed = Self.hash(key)
            if byKey[hashed] == nil { byKey[hashed] = index }
        }
        if entity.type == .person {
            let names = Self.personNames(entity)
            let single = names.allSatisfy { $0.count == 1 }
            for words in names where words.count >= 2 {
                for word in Set([words[0], words[words.count - 1]]) {
                    let key = Self.hash("person|\(word)")
                    if !(byNameWord[key] ?? []).contains(index) { byNameWord[key, default: []].append(index) }
                }
            }
            if single, let word = names.first?.first {
                if singleWordKey[index] == nil {
                    let key = Self.hash("person|\(word)")
                    bySingleWord[key, default: []].append(index)
                    singleWordKey[index] = key
                }
            } else if !single, let key = singleWordKey.removeValue(forKey: index) {
                bySingleWord[key]?.removeAll { $0 == index }
            }
        }
        for skeleton in entity.skeletons {
            let key = Self.hash(skeleton)
            if !(bySkeleton[key] ?? []).contains(index) { bySkeleton[key, default: []].append(index) }
        }
    }

    /// A person's full names (its keys that are names, not English forms), as words, sorted.
    static func personNames(_ entity: CanonicalEntity) -> [[Substring]] {
        entity.keys.sorted().compactMap { key -> [Substring]? in
            guard let name = key.split(separator: "|", maxSplits: 1).last, CanonicalEntity.isName(name)
            else { return nil }
            return name.split(separator: " ")
        }
    }
}
