import KhabarText

extension CanonicalEntity {
    /// The aliases key of a name as users type it: the match keys of its words, joined by spaces
    /// (`मॉस्को` and `मास्को` give the same key).
    public static func nameKey(_ name: String) -> String {
        let canonical = Normalizer.canonical(name)
        let tokens = Tokenizer.tokenize(canonical)
        return tokens.filter(\.isWordLike).map { MatchKey.of(canonical: canonical.scalars[$0.range]) }
            .joined(separator: " ")
    }

    /// Whether a user's query names this entity: its id (or a prefix of at least four characters), any name it
    /// goes by in either script, or its English form or that form's last words (case-insensitive).
    public func isNamed(by query: String) -> Bool {
        let trimmed = query.trimmingWhitespace
        guard !trimmed.isEmpty else { return false }
        if trimmed == id || (trimmed.unicodeScalars.count >= 4 && id.hasPrefix(trimmed)) { return true }
        let key = Self.nameKey(trimmed)
        guard !key.isEmpty else { return false }
        for alias in aliases.union(keys) {
            guard let bar = alias.firstIndex(of: "|") else { continue }
            var name = alias[alias.index(after: bar)...]
            if name.first == "=" { name = name.dropFirst() }
            if Self.nameKey(String(name)) == key { return true }
        }
        // The English form, whole or its last words (Putin for Vladimir Putin).
        for form in [english, latin].compactMap({ $0 }) {
            let words = Self.nameKey(form).split(separator: " ")
            let wanted = key.split(separator: " ")
            if words.count >= wanted.count && words.suffix(wanted.count).elementsEqual(wanted) { return true }
        }
        return false
    }
}

extension CanonicalEntity {
    /// Keys a user's query is looked up by (``isNamed(by:)`` decides among what they find): `a|` every alias,
    /// `e|` every ending of its English form (Putin for Vladimir Putin). A name in the other script is found by
    /// its skeleton key (``EntityDirectory/lookupKeys(of:)``).
    public var searchKeys: [String] {
        Self.searchKeys(aliases: aliases.sorted(), english: english)
    }

    /// The search keys of aliases ("type|match key") and an English form.
    static func searchKeys(aliases: [String], english: String?) -> [String] {
        var keys = aliases.map { "a|" + $0 }
        if let english {
            let words = asciiKey(english) ?? nameKey(english)
            let parts = words.split(separator: " ")
            for start in parts.indices { keys.append("e|" + parts[start...].joined(separator: " ")) }
        }
        return keys
    }

    /// The name key of plain ASCII text without the text layer: lower case, words of letters and digits
    /// joined by one space (nil when the text is not plain ASCII).
    static func asciiKey(_ text: String) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var space = false
        for byte in text.utf8 {
            guard byte < 0x80 else { return nil }
            let lower = byte &- 0x41 < 26 ? byte | 0x20 : byte
            if lower &- 0x61 < 26 || lower &- 0x30 < 10 {
                if space && !bytes.isEmpty { bytes.append(0x20) }
                space = false
                bytes.append(lower)
            } else {
                space = true
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Every key the store files the entity under: lookup keys for linking, search keys for users.
    public var filingKeys: [String] {
        var seen = Set<String>()
        return (EntityDirectory.lookupKeys(of: self) + searchKeys).filter { seen.insert($0).inserted }
    }

    /// The keys a user's query may be filed under: its name key as an alias, a key or an English ending,
    /// and its skeleton as a name in the other script.
    public static func searchKeys(forQuery query: String) -> [String] {
        let key = nameKey(query)
        guard !key.isEmpty else { return [] }
        var keys = ["e|" + key]
        for type in EntityType.allCases {
            keys.append("a|\(type.rawValue)|\(key)")
            keys.append("k|\(type.rawValue)|\(key)")
            keys.append("sk|" + EntityDirectory.skeletonKey(query, type: type, crossing: true))
        }
        return keys
    }
}

extension String {
    /// The string without leading and trailing spaces and newlines.
    fileprivate var trimmingWhitespace: String {
        let scalars = unicodeScalars
        let isSpace: (Unicode.Scalar) -> Bool = { $0.properties.isWhitespace }
        guard let first = scalars.firstIndex(where: { !isSpace($0) }),
            let last = scalars.lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(scalars[first...last])
    }
}
