/// Text in Khabar's canonical form, with a map from every scalar back to the source it came from.
///
/// The canonical form is what Khabar displays, quotes and counts offsets in (see ``Normalizer``).
/// `sourceOffsets[i]` is the UTF-8 byte offset in the original string of the scalar that produced
/// `scalars[i]`; one extra entry holds the source length, so a canonical range `a..<b` maps back to the
/// source bytes `sourceOffsets[a]..<sourceOffsets[b]`.
public struct CanonicalText: Sendable, Hashable {
    /// The canonical scalars.
    public let scalars: [Unicode.Scalar]
    /// The source UTF-8 offset of each scalar, plus the source length at the end.
    public let sourceOffsets: [UInt32]

    /// Wraps already-canonical scalars with their source map.
    ///
    /// - Precondition: `sourceOffsets.count == scalars.count + 1`.
    public init(scalars: [Unicode.Scalar], sourceOffsets: [UInt32]) {
        precondition(sourceOffsets.count == scalars.count + 1, "the source map needs one entry per scalar plus one")
        self.scalars = scalars
        self.sourceOffsets = sourceOffsets
    }

    /// The canonical text as a string.
    ///
    /// Complexity: O(n); the string is built on each call.
    public var string: String { String.fromScalars(scalars[...]) }

    /// The canonical text of the scalar range `range`.
    public func string(_ range: Range<Int>) -> String { String.fromScalars(scalars[range]) }

    /// The number of canonical scalars.
    public var count: Int { scalars.count }

    /// The UTF-8 byte range of the source that produced the canonical scalars `range`.
    public func sourceRange(of range: Range<Int>) -> Range<Int> {
        Int(sourceOffsets[range.lowerBound])..<Int(sourceOffsets[range.upperBound])
    }
}

extension String {
    /// Builds a string from a slice of scalars.
    ///
    /// Complexity: O(n).
    public static func fromScalars(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var byteCount = 0
        for scalar in scalars { byteCount += UTF8.width(scalar) }
        return String(unsafeUninitializedCapacity: byteCount) { buffer in
            var i = 0
            for scalar in scalars {
                let v = scalar.value
                switch v {
                case 0..<0x80:
                    buffer[i] = UInt8(v)
                    i += 1
                case 0x80..<0x800:
                    buffer[i] = UInt8(0xC0 | v >> 6)
                    buffer[i + 1] = UInt8(0x80 | v & 0x3F)
                    i += 2
                case 0x800..<0x10000:
                    buffer[i] = UInt8(0xE0 | v >> 12)
                    buffer[i + 1] = UInt8(0x80 | v >> 6 & 0x3F)
                    buffer[i + 2] = UInt8(0x80 | v & 0x3F)
                    i += 3
                default:
                    buffer[i] = UInt8(0xF0 | v >> 18)
                    buffer[i + 1] = UInt8(0x80 | v >> 12 & 0x3F)
                    buffer[i + 2] = UInt8(0x80 | v >> 6 & 0x3F)
                    buffer[i + 3] = UInt8(0x80 | v & 0x3F)
                    i += 4
                }
            }
            return i
        }
    }

    /// The substring of `self` at the UTF-8 byte range `range`, or the empty string when the range does not
    /// fall on scalar boundaries.
    public func utf8Slice(_ range: Range<Int>) -> String {
        let view = utf8
        let lower = view.index(view.startIndex, offsetBy: range.lowerBound)
        let upper = view.index(lower, offsetBy: range.count)
        return String(self[lower..<upper])
    }
}
