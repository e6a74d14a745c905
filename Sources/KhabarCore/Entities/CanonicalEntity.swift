import KhabarText

/// An entity across documents: one person, place or organisation however each document writes it.
public struct CanonicalEntity: Sendable, Hashable {
    /// A stable id: the hash of the type and the first name the entity was known by.
    public var id: String
    /// The display name, in Devanagari when any document writes it so (Hindi first).
    public var name: String
    /// An English form a document or the gazetteer gives, if any.
    public var english: String?
    /// The type.
    public var type: EntityType
    /// Every name it goes by, as "type|match key".
    public var aliases: Set<String>
    /// The names that identify it, which other documents link by: its full names ("type|match key"), and
    /// "type|=English name" for places and people the gazetteers know, and "type|~name" for each full name
    /// without its spaces (गौतम बुद्ध नगर = गौतमबुद्धनगर). A short form of a longer name
    /// (किम of किम जोंग उन) is an alias but not a key: it may stand for someone else elsewhere.
    public var keys: Set<String>
    /// How many mentions the documents linked so far make of it.
    public var mentionCount: Int
    /// "type|script|skeleton" of its name and English form (``EntityDirectory/skeletonKey(_:type:crossing:)``):
    /// the keys names in the other script find it by.
    public var skeletons: Set<String>
    /// How many articles wrote each of its names as their fullest (``EntityDirectory`` shows the most written).
    public var names: [String: Int] = [:]

    /// Whether the part of a key after "type|" is a name as written (not "=English" from a gazetteer, nor
    /// "~name" without its spaces).
    static func isName(_ key: Substring) -> Bool {
        key.utf8.first != UInt8(ascii: "=") && key.utf8.first != UInt8(ascii: "~")
    }

    /// The Latin form: the English one when known, else a transliteration of the name.
    public var latin: String { english ?? Self.transliteration(name) }

    /// A name in Latin letters: acronyms spelled as letter names in capitals (यूपीएमआरसी → UPMRC), other
    /// Devanagari words romanized (``NameKey/latin(_:)``), Latin words kept.
    public static func transliteration(_ name: String) -> String {
        name.split(separator: " ").map { word -> String in
            let text = String(word)
            if Devanagari.occurs(in: text), let letters = EntityCues.acronymLetters(MatchKey.of(text)) {
                return letters
            }
            return NameKey.latin(text)
        }.filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// Creates an entity.
    public init(
        id: String,
        name: String,
        english: String?,
        type: EntityType,
        aliases: Set<String>,
        keys: Set<String>,
        mentionCount: Int,
        skeletons: Set<String>? = nil
    ) {
        self.id = id
        self.keys = keys
        self.name = name
        self.english = english
        self.type = type
        self.aliases = aliases
        self.mentionCount = mentionCount
        self.skeletons =
            skeletons
            ?? Set(([name] + (english.map { [$0] } ?? [])).map { EntityDirectory.skeletonKey($0, type: type) })
    }
}

extension CanonicalEntity: Codable {
    enum CodingKeys: String, CodingKey {
        case id, name, latin, english, type, aliases, keys, mentionCount, skeletons
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try container.decode(String.self, forKey: .id),
            name: try container.decode(String.self, forKey: .name),
            english: try container.decodeIfPresent(String.self, forKey: .english),
            type: try container.decode(EntityType.self, forKey: .type),
            aliases: Set(try container.decode([String].self, forKey: .aliases)),
            keys: Set(try container.decodeIfPresent([String].self, forKey: .keys) ?? []),
            mentionCount: try container.decodeIfPresent(Int.self, forKey: .mentionCount) ?? 0,
            skeletons: try container.decodeIfPresent([String].self, forKey: .skeletons).map(Set.init))
    }

    /// Writes the Latin form too, sets as sorted lists, and an unknown English form as `null`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(name, forKey: .name)
        try container.encode(latin, forKey: .latin)
        try container.encode(ExplicitNull(wrappedValue: english), forKey: .english)
        try container.encode(type, forKey: .type)
        try container.encode(aliases.sorted(), forKey: .aliases)
        try container.encode(keys.sorted(), forKey: .keys)
        try container.encode(mentionCount, forKey: .mentionCount)
        try container.encode(skeletons.sorted(), forKey: .skeletons)
    }
}
