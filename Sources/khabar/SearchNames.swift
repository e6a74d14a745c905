import Foundation
import KhabarCore
import KhabarStore
import KhabarText

/// The other names a query's words and phrases stand for: the names of the entities the store finds for
/// them (any script, English forms, short forms), and for a Latin word or name no entity answers to, the
/// entities whose name sounds the same (same consonant skeleton, vowel keys at least ``sameSound`` alike):
/// Buxar finds बक्सर though no gazetteer gave it an English form.
struct SearchNames {
    /// Named entities by the consonant skeleton of their display name, with its vowel key.
    private var bySkeleton: [String: [(key: String, entity: CanonicalEntity)]] = [:]

    static let sameSound = 0.75

    /// Reads the store's entities mentioned at least twice.
    init(store: any Store) async throws {
        for entity in try await store.entities(mentionedAtLeast: 2) {
            bySkeleton[NameKey.skeleton(entity.name), default: []].append((NameKey.vowelKey(entity.name), entity))
        }
    }

    /// Piece (or the run of bare words) → names, for `SearchQuery(_:expand:)`.
    func expansion(_ query: String, store: any Store) async throws -> [String: [String]] {
        var names: [String: [String]] = [:]
        let pieces = SearchQuery.pieces(query)
        let bare = pieces.filter { !$0.quoted && !$0.negated }.map(\.text)
        let asked = pieces.filter { !$0.negated }.map(\.text) + (bare.count > 1 ? [bare.joined(separator: " ")] : [])
        for piece in asked.prefix(SearchQuery.maxWords) {
            var entities = try await store.entities(named: piece, limit: 5)
            if entities.isEmpty, piece.unicodeScalars.allSatisfy({ $0.isASCII }),
                piece.unicodeScalars.contains(where: { $0.properties.isAlphabetic })
            {
                entities = soundsLike(piece)
            }
            names[piece] = entities.flatMap { entity in
                [entity.name] + entity.names.keys.sorted() + (entity.english.map { [$0] } ?? [])
            }
        }
        return names
    }

    /// The entities whose display name sounds like a Latin name, most alike first (at most three).
    func soundsLike(_ latin: String) -> [CanonicalEntity] {
        let key = NameKey.vowelKey(latin)
        let alike = (bySkeleton[NameKey.skeleton(latin)] ?? []).map { ($0.entity, NameKey.keySimilarity(key, $0.key)) }
            .filter { $0.1 >= Self.sameSound }
        return alike.sorted { ($0.1, $0.0.mentionCount) > ($1.1, $1.0.mentionCount) }.prefix(3).map(\.0)
    }
}
