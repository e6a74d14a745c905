import KhabarText

/// The keys entities are compared and filed by: a document entity's link keys (made once, with its
/// annotation), and the keys the store files a canonical entity under so that a directory of only the
/// entities found under a batch's keys links the batch as the whole directory would.
extension EntityDirectory {
    /// What linking across documents compares of a document entity: its identifying keys and skeletons.
    public static func linkKeys(of entity: DocumentEntity) -> DocumentEntity.LinkKeys {
        linkKeys(
            name: entity.name, english: entity.english, type: entity.type, aliases: entity.aliases,
            aliasTerms: entity.aliases.map { Places.wordTerms($0) })
    }

    /// The link keys of a document entity from its names, with the terms of the words of each alias (which
    /// the caller usually has already).
    ///
    /// The identifying keys are the gazetteer keys first, then its fullest names.
    static func linkKeys(
        name: String, english: String?, type: EntityType, aliases: [String], aliasTerms: [[Term]]
    ) -> DocumentEntity.LinkKeys {
        var keys = DocumentEntity.LinkKeys()
        var result: [String] = []
        let most = aliasTerms.map(\.count).max() ?? 0
        // The gazetteers identify an entity by its fullest names only: a short form (मोदी) may be someone
        // else's (सुशील कुमार मोदी).
        for (alias, terms) in zip(aliases, aliasTerms) where terms.count == most {
            if type == .place,
                let entry = Places.shared.lookup(terms: terms[...]) ?? Places.shared.lookup(variant: alias)
            {
                result.append("place|=\(entry.english)")
            } else if let entry = Notables.shared.lookup(terms: terms[...]), entry.type == type {
                result.append("\(type.rawValue)|=\(entry.english)")
            }
        }
        for (alias, terms) in zip(aliases, aliasTerms) where terms.count == most {
            result.append("\(type.rawValue)|\(alias)")
        }
        // The same names without their spaces: a name written as one word or several is one name.
        for (alias, terms) in zip(aliases, aliasTerms) where terms.count == most {
            result.append("\(type.rawValue)|~" + alias.split(separator: " ").joined())
        }
        var seen = Set<UInt64>()
        keys.identifying = result.filter { seen.insert(hash($0)).inserted }
        var names = [name]
        if let english, english != name { names = english < name ? [english, name] : [name, english] }
        for name in names {
            let skeleton = NameKey.skeleton(name)
            let devanagari = isDevanagari(name)
            keys.skeletons.append(skeletonKey(skeleton, type: type, devanagari: devanagari))
            keys.crossSkeletons.append(skeletonKey(skeleton, type: type, devanagari: !devanagari))
        }
        keys.englishWords = english.map(wordCount) ?? 0
        // Query keys (see queryKeys(of:)).
        var query = keys.identifying.map { "k|" + $0 }
        if type == .person, let longest = aliasTerms.indices.max(by: { aliasTerms[$0].count < aliasTerms[$1].count }) {
            let words = aliases[longest].utf8.split(separator: 0x20).map { String(decoding: $0, as: UTF8.self) }
            if words.count == 1 {
                query.append("w|person|\(words[0])")
            } else if let first = words.first, let last = words.last {
                for word in first == last ? [first] : (first < last ? [first, last] : [last, first]) {
                    query.append("s|person|\(word)")
                }
            }
        }
        keys.query = query + (keys.crossSkeletons + keys.skeletons).map { "sk|" + $0 }
        // Search keys (see CanonicalEntity.searchKeys).
        keys.search = CanonicalEntity.searchKeys(aliases: aliases.map { "\(type.rawValue)|\($0)" }, english: english)
        return keys
    }

    // MARK: Lookup keys

    /// The keys under which the store files an entity, so that a directory holding only the entities found
    /// under a batch's ``queryKeys(of:)`` resolves the batch exactly as the whole directory would:
    /// `k|` its identifying keys, `w|` the first and last words of a person's full names, `s|` the word of a
    /// person known by one word only, `sk|` the consonant skeletons of its names.
    public static func lookupKeys(of entity: CanonicalEntity) -> [String] {
        var result = entity.keys.sorted().map { "k|" + $0 }
        if entity.type == .person {
            let names = personNames(entity)
            if !names.isEmpty, names.allSatisfy({ $0.count == 1 }), let word = names.first?.first {
                result.append("s|person|\(word)")
            }
            for words in names where words.count >= 2 {
                for word in Set([words[0], words[words.count - 1]]).sorted() { result.append("w|person|\(word)") }
            }
        }
        result += entity.skeletons.sorted().map { "sk|" + $0 }
        var seen = Set<String>()
        return result.filter { seen.insert($0).inserted }
    }

    /// The lookup keys under which the entities a document entity may join are filed (see
    /// ``lookupKeys(of:)``).
    public static func queryKeys(of entity: DocumentEntity) -> [String] {
        entity.linkKeys.query
    }
}
