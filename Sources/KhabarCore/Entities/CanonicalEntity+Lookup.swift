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
