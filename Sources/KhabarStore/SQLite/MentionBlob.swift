import Foundation
import KhabarCore

/// A document's entity mentions in one compact blob: one row per document instead of one per mention (a
/// news article names 30 to 60 entities), with `entity_documents` to find the documents of an entity.
///
/// Layout, little-endian: the number of entity ids, each id as a 16-bit length and its UTF-8 bytes; the
/// number of mentions, each as its entity's index, start and end (32 bits each), type and source (8 bits
/// each), and its text as a 16-bit length and UTF-8 bytes. Mentions are in text order.
enum MentionBlob {
    static let types: [EntityType] = EntityType.allCases
    static let sources: [EntityMention.Source] = [.tagger, .gazetteer, .latin, .title, .notables, .document]

    /// The blob of one document's mentions.
    static func encode(_ mentions: [MentionRecord]) -> Data {
        var data: [UInt8] = []
        data.reserveCapacity(mentions.count * 40)
        var ids: [String] = []
        var index: [String: UInt32] = [:]
        for mention in mentions where index[mention.entity] == nil {
            index[mention.entity] = UInt32(ids.count)
            ids.append(mention.entity)
        }
        func put<T: FixedWidthInteger>(_ value: T) {
            var value = value.littleEndian
            for _ in 0..<MemoryLayout<T>.size {
                data.append(UInt8(truncatingIfNeeded: value))
                value >>= 8
            }
        }
        func put(_ text: String) {
            let utf8 = text.utf8
            let count = min(utf8.count, Int(UInt16.max))
            put(UInt16(count))
            data.append(contentsOf: utf8.prefix(count))
        }
        put(UInt32(ids.count))
        for id in ids { put(id) }
        put(UInt32(mentions.count))
        for mention in mentions {
            put(index[mention.entity] ?? 0)
            put(UInt32(clamping: mention.start))
            put(UInt32(clamping: mention.end))
            put(UInt8(types.firstIndex(of: mention.type) ?? 0))
            put(UInt8(sources.firstIndex(of: mention.source) ?? 0))
            put(mention.text)
        }
        return Data(data)
    }

    /// The mentions of a document's blob; an error when the blob is not one this Khabar wrote.
    static func decode(_ data: Data, document: String) throws -> [MentionRecord] {
        let bytes = [UInt8](data)
        var offset = 0
        func take<T: FixedWidthInteger>(_: T.Type) throws -> T {
            let size = MemoryLayout<T>.size
            guard offset + size <= bytes.count else {
                throw StoreError(.corrupt, database: "", "the mentions of document \(document) are cut short")
            }
            var value = T.zero
            for k in 0..<size { value |= T(bytes[offset + k]) << (8 * k) }
            offset += size
            return value
        }
        func text() throws -> String {
            let count = Int(try take(UInt16.self))
            guard offset + count <= bytes.count else {
                throw StoreError(.corrupt, database: "", "the mentions of document \(document) are cut short")
            }
            defer { offset += count }
            return String(decoding: bytes[offset..<(offset + count)], as: UTF8.self)
        }
        var ids: [String] = []
        for _ in 0..<Int(try take(UInt32.self)) { ids.append(try text()) }
        var mentions: [MentionRecord] = []
        for _ in 0..<Int(try take(UInt32.self)) {
            let entity = Int(try take(UInt32.self))
            let start = Int(try take(UInt32.self))
            let end = Int(try take(UInt32.self))
            let type = Int(try take(UInt8.self))
            let source = Int(try take(UInt8.self))
            let written = try text()
            guard ids.indices.contains(entity), types.indices.contains(type), sources.indices.contains(source) else {
                throw StoreError(.corrupt, database: "", "the mentions of document \(document) name no entity")
            }
            mentions.append(
                MentionRecord(
                    document: document, entity: ids[entity], text: written, type: types[type], start: start, end: end,
                    source: sources[source]))
        }
        return mentions
    }
}
