public import Foundation

/// An index kept in pieces: each ingest stores the articles it added as a segment (compact bytes: document
/// numbers delta-coded as variable-length integers), and a search reads the segments back into one index.
extension SearchIndex {
    static let segmentMagic: [UInt8] = Array("KSI1".utf8)

    /// The index as a segment.
    public func segment() -> Data {
        var out = StateWriter()
        out.bytes(Self.segmentMagic)
        out.int(entries.count)
        for entry in entries {
            out.string(entry.id)
            out.float(entry.length)
            out.int(entry.day ?? Int.min)
            out.string(entry.outlet ?? "")
            out.string(entry.language ?? "")
        }
        for table in [words, pairs] {
            out.int(table.count)
            for (term, list) in table {
                out.u64(term)
                out.varint(UInt64(list.documents.count))
                var previous: Int32 = -1
                for (document, count) in zip(list.documents, list.counts) {
                    out.varint(UInt64(document - previous))
                    previous = document
                    out.float(count)
                }
            }
        }
        return out.data
    }

    /// The index of these segments, in order (their documents numbered one after another); nil when one of
    /// them is not a segment (another version, or damaged).
    public init?(segments: [Data]) {
        self.init()
        for data in segments {
            var read = StateReader(data)
            guard read.bytes(Self.segmentMagic.count) == Self.segmentMagic, let count = read.count() else { return nil }
            let base = Int32(entries.count)
            for _ in 0..<count {
                guard let id = read.string(), let length = read.float(), let day = read.int(),
                    let outlet = read.string(), let language = read.string()
                else { return nil }
                entries.append(
                    Entry(
                        id: id, length: length, day: day == Int.min ? nil : day, outlet: outlet.isEmpty ? nil : outlet,
                        language: language.isEmpty ? nil : language))
                totalLength += Double(length)
            }
            for pairsTable in [false, true] {
                guard let terms = read.count() else { return nil }
                for _ in 0..<terms {
                    guard let term = read.u64(), let postings = read.varint(), postings <= UInt64(count) else {
                        return nil
                    }
                    var list = (pairsTable ? pairs[term] : words[term]) ?? Postings()
                    var previous: Int32 = -1
                    for _ in 0..<postings {
                        guard let gap = read.varint(), gap >= 1, gap <= UInt64(count), let n = read.float() else {
                            return nil
                        }
                        previous += Int32(gap)
                        guard previous < Int32(count) else { return nil }
                        list.documents.append(base + previous)
                        list.counts.append(n)
                        list.maxCount = max(list.maxCount, n)
                        list.minLength = min(list.minLength, entries[Int(base + previous)].length)
                    }
                    if pairsTable { pairs[term] = list } else { words[term] = list }
                }
            }
            guard read.atEnd else { return nil }
        }
    }
}

extension StateWriter {
    /// An unsigned integer in 7-bit groups, low first (one byte below 128).
    mutating func varint(_ value: UInt64) {
        var value = value
        while value >= 0x80 {
            data.append(UInt8(value & 0x7F) | 0x80)
            value >>= 7
        }
        data.append(UInt8(value))
    }
}

extension StateReader {
    mutating func varint() -> UInt64? {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while offset < data.count, shift < 64 {
            let byte = data[offset]
            offset += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
        return nil
    }
}
