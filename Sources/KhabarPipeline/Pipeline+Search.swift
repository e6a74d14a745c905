import Foundation
import KhabarCore
public import KhabarStore
import KhabarText

/// Stage 7: search. Every stored document not yet searchable goes into a new segment of the index; many
/// segments are merged into one.
extension Pipeline {
    /// Documents per segment.
    static let searchStep = 20_000
    /// More segments than this are merged into one.
    static let mostSegments = 8

    /// Indexes every stored document the search index does not hold yet.
    ///
    /// - Returns: how many documents were indexed.
    public func indexForSearch(_ store: any Store) async throws -> Int {
        var indexed = 0
        while true {
            let documents = try await store.unindexedDocuments(limit: Self.searchStep)
            if documents.isEmpty { break }
            var index = SearchIndex()
            for document in documents { index.add(document) }
            // Another run indexed some of them meanwhile: the rest are read again.
            guard try await store.addSearchSegment(index.segment(), documents: documents.map(\.id)) else { continue }
            indexed += documents.count
        }
        let segments = try await store.searchSegments()
        if segments.count > Self.mostSegments, let merged = SearchIndex(segments: segments) {
            _ = try await store.replaceSearchSegments(with: merged.segment(), expecting: segments.count)
        }
        return indexed
    }
}
