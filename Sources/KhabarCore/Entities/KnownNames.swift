public import KhabarText

/// Names known from other documents of the corpus, found again in each new document: every full name of an
/// entity mentioned at least ``minimumMentions`` times, and the first or last word of a person's full name
/// when no other such person uses that word.
///
/// Kept up to date incrementally (``learn(_:)``) as the corpus grows; a lookup costs a hash probe per token,
/// however many names are known.
public struct KnownNames: Sendable {
    /// What the corpus lends.
    public enum Lending: String, Sendable {
        /// Nothing: each document is read on its own.
        case none
        /// The first or last word of a person's full name, where an article was seen to use it so (किम,
        /// केजरीवाल): articles that name a person only so are found.
        case shortForms
        /// Also every full name mentioned twice.
        case all
    }

    /// Entities mentioned fewer times than this lend no names.
    public var minimumMentions: Int
    /// Whether full names are lent too (``Lending/all``), or only short forms.
    public var lendsFullNames = true
    /// Full name → type.
    private var names: [[Term]: EntityType] = [:]
    /// The entities whose full person names begin or end with a word (candidates for the word as a short
    /// form), by entity id.
    private var wordOwners: [Term: Set<String>] = [:]
    /// Every word that may start a known name.
    private var firstTerms: Set<Term> = []
    /// The entities already learned, with the names they lent.
    private var learned: [String: Set<[Term]>] = [:]
    /// The longest name, in words.
    public private(set) var longest = 0

    /// No names.
    public init(minimumMentions: Int = 2) {
        self.minimumMentions = minimumMentions
    }

    /// Names given directly (tests, evaluation).
    public init(names: [[Term]: EntityType]) {
        self.init()
        for (name, type) in names { add(name, type) }
    }

    /// The known names of a collection of entities.
    public init(entities: [CanonicalEntity], minimumMentions: Int = 2) {
        self.init(minimumMentions: minimumMentions)
        for entity in entities { learn(entity) }
    }

    /// Whether nothing is known.
    public var isEmpty: Bool { names.isEmpty && wordOwners.isEmpty }

    /// Takes in an entity's names (again after it changed): its keys once it is mentioned often enough.
    ///
    /// - Parameter strict: learn only what a single batch is sure enough of to teach its own documents: full
    ///   names of two or more words (a one-word name a batch mentions twice may be a common word the tagger
    ///   took for a name; the corpus learns it later).
    public mutating func learn(_ entity: CanonicalEntity, strict: Bool = false) {
        guard entity.mentionCount >= minimumMentions else { return }
        var lent = learned[entity.id] ?? []
        for key in entity.keys {
            guard let name = key.split(separator: "|", maxSplits: 1).last, CanonicalEntity.isName(name)
            else { continue }
            let parts = name.split(separator: " ")
            let words = parts.map { Term(String($0)) }
            guard !words.isEmpty, !strict || words.count >= 2, lent.insert(words).inserted else { continue }
            // One common word is lent as no name (a tagger's मरीज in two articles is not a place everywhere).
            if lendsFullNames, words.count > 1 || !CommonWords.contains(words[0]) { add(words, entity.type) }
            // A word of a person's full name stands for the person elsewhere only where some article was seen
            // to use it so, after the full name (it is among the entity's aliases).
            if entity.type == .person, words.count >= 2 {
                for (word, part) in Set([0, words.count - 1]).map({ (words[$0], parts[$0]) })
                where DocumentNames.canBeShortForm(word) && entity.aliases.contains("person|\(part)") {
                    wordOwners[word, default: []].insert(entity.id)
                    firstTerms.insert(word)
                    longest = max(longest, 1)
                }
            }
        }
        learned[entity.id] = lent
    }

    private mutating func add(_ name: [Term], _ type: EntityType) {
        guard let first = name.first else { return }
        names[name] = type
        firstTerms.insert(first)
        longest = max(longest, name.count)
    }

    /// Whether any full name of the entity is known already (a batch's entity that the corpus knows by another
    /// id is the same one, and lends nothing new).
    public func knowsAName(of entity: CanonicalEntity) -> Bool {
        for key in entity.keys {
            guard let name = key.split(separator: "|", maxSplits: 1).last, CanonicalEntity.isName(name)
            else { continue }
            if names[name.split(separator: " ").map { Term(String($0)) }] != nil { return true }
        }
        return false
    }

    /// Whether a known name may start with this word.
    public func mayStart(_ term: Term) -> Bool { firstTerms.contains(term) }

    /// The type of a known name, if it is one: a full name, or a word that only one known person's full name
    /// begins or ends with.
    public func type(of name: ArraySlice<Term>) -> EntityType? {
        if let type = names[Array(name)] { return type }
        if name.count == 1, let word = name.first, wordOwners[word]?.count == 1 { return .person }
        return nil
    }

    /// The number of full names known.
    public var count: Int { names.count }
}
