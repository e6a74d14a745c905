import Foundation

/// Turns raw article text into Khabar's canonical text.
///
/// The canonical form is the one Khabar shows, quotes and counts offsets in. It is NFC, except that the
/// eight nukta letters U+0958–U+095F stay decomposed (they are composition exclusions, so NFC decomposes
/// them too), and additionally:
/// - the two-scalar Devanagari sequences Unicode says not to use are merged (अ + ा → आ, ा + े → ो, …);
/// - ZWJ, ZWNJ, BOM, soft hyphen, word joiner, bidi controls and C0/C1 controls are dropped;
/// - every horizontal space (tab, NBSP, zero-width space, the U+2000 spaces) becomes one U+0020, runs of
///   spaces collapse, and spaces at line starts and ends are trimmed;
/// - every line break (CR LF, CR, U+2028, U+2029, NEL) becomes U+000A, and at most one blank line is kept;
/// - an ASCII `|` written as a danda after Devanagari becomes `।` (and `||` becomes `॥`);
/// - the rarer quotation marks („ ‟ 〝 〞 ″ ＂ ‚ ‛ and `''`) become the usual “ ” " ‘.
///
/// It does **not** turn `:` after a Devanagari letter into a visarga (that breaks `उन्होंने कहा: “…”`).
///
/// Complexity: O(n) in the UTF-8 length of the input, one pass; ASCII and Devanagari are handled by
/// table, while a word holding other combining scalars is passed through Foundation's NFC.
public enum Normalizer {
    /// The canonical form of `text`, with the map back to `text`'s UTF-8 offsets.
    public static func canonical(_ text: String) -> CanonicalText {
        var source = text
        return source.withUTF8 { bytes in canonical(utf8: bytes) }
    }

    /// The canonical form of valid UTF-8 bytes.
    ///
    /// - Precondition: `bytes` is valid UTF-8 (as every Swift `String` is).
    public static func canonical(utf8 bytes: UnsafeBufferPointer<UInt8>) -> CanonicalText {
        let capacity = bytes.count + 1
        var offsets = [UInt32]()
        let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: capacity) { out, outCount in
            offsets = [UInt32](unsafeUninitializedCapacity: capacity) { map, mapCount in
                var writer = Writer(out: out.baseAddress.unsafelyUnwrapped, map: map.baseAddress.unsafelyUnwrapped)
                writer.run(bytes)
                outCount = writer.count
                map[writer.count] = UInt32(bytes.count)
                mapCount = writer.count + 1
            }
        }
        return CanonicalText(scalars: scalars, sourceOffsets: offsets)
    }

    /// The canonical scalars of `text` without the map back to the source, for callers that only compare
    /// (a little faster, half the memory).
    public static func canonicalScalars(_ text: String) -> [Unicode.Scalar] {
        var source = text
        return source.withUTF8 { bytes in
            [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count + 1) { out, outCount in
                var writer = Writer(out: out.baseAddress.unsafelyUnwrapped, map: nil)
                writer.run(bytes)
                outCount = writer.count
            }
        }
    }
}

/// The single pass of ``Normalizer``: decodes UTF-8 and writes canonical scalars with their source offsets.
private struct Writer {
    let out: UnsafeMutablePointer<Unicode.Scalar>
    let map: UnsafeMutablePointer<UInt32>?
    var count = 0
    /// Output index where the current word (run of non-space input) started, for the NFC fallback.
    var wordStartOut = 0
    var wordStartByte = 0

    init(out: UnsafeMutablePointer<Unicode.Scalar>, map: UnsafeMutablePointer<UInt32>?) {
        self.out = out
        self.map = map
    }

    mutating func run(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else { return }
        let end = bytes.count
        var i = 0
        while i < end {
            i = plainRun(base, end, from: i)
            guard i < end else { break }
            let b0 = base[i]
            if b0 < 0x80 {
                if b0 &- 0x21 < 0x5B && b0 != 0x27 && b0 != 0x60 && b0 != 0x7C {
                    put(UInt32(b0), UInt32(i))  // printable ASCII with no rule
                    i += 1
                } else if b0 == 0x20 {
                    space(UInt32(i))
                    markWordStart(i + 1)
                    i += 1
                } else {
                    i = ascii(b0, at: i, base, end)
                }
                continue
            }
            let value: UInt32
            let length: Int
            if b0 == 0xE0 && base[i + 1] & 0xFE == 0xA4 {  // U+0900–U+097F: Devanagari, the common case
                devanagari(0x0900 | UInt32(base[i + 1] & 0x01) << 6 | UInt32(base[i + 2] & 0x3F), source: UInt32(i))
                i += 3
                continue
            }
            if b0 < 0xE0 {
                value = UInt32(b0 & 0x1F) << 6 | UInt32(base[i + 1] & 0x3F)
                length = 2
            } else if b0 < 0xF0 {
                value = UInt32(b0 & 0x0F) << 12 | UInt32(base[i + 1] & 0x3F) << 6 | UInt32(base[i + 2] & 0x3F)
                length = 3
            } else {
                value =
                    UInt32(b0 & 0x07) << 18 | UInt32(base[i + 1] & 0x3F) << 12 | UInt32(base[i + 2] & 0x3F) << 6
                    | UInt32(base[i + 3] & 0x3F)
                length = 4
            }
            if Devanagari.contains(value) {
                devanagari(value, source: UInt32(i))
                i += length
            } else if needsNFC(value) {
                i = nfcWord(base, end, from: i)
            } else {
                other(value, source: UInt32(i))
                i += length
            }
        }
        trimTrailingSpace()
    }

    /// Copies the longest run from `from` of scalars that no rule touches (Devanagari other than the nukta
    /// letters, nukta, danda and mergeable vowel signs; printable ASCII other than `'` `` ` `` `|`; single
    /// spaces), keeping the output count in a register. Returns where the run stopped.
    @inline(__always)
    mutating func plainRun(_ base: UnsafePointer<UInt8>, _ end: Int, from start: Int) -> Int {
        let out = self.out  // locals, so the loop keeps them in registers
        let map = self.map
        var i = start
        var c = count
        var previous: UInt32 = c > 0 ? out[c - 1].value : 0x0A
        var wordOut = -1
        var wordByte = -1
        while i < end {
            let b0 = base[i]
            let value: UInt32
            let width: Int
            if b0 == 0xE0, i + 2 < end, base[i + 1] & 0xFE == 0xA4 {
                value = 0x0900 | UInt32(base[i + 1] & 0x01) << 6 | UInt32(base[i + 2] & 0x3F)
                if value &- 0x0958 < 8 || value == Devanagari.nukta || value == Devanagari.danda { break }
                if Devanagari.isVowelSign(value)
                    && (previous == 0x093E || previous == 0x0905 || previous == 0x0909 || previous == 0x090F)
                {
                    break
                }
                width = 3
            } else if b0 &- 0x21 < 0x5B && b0 != 0x27 && b0 != 0x60 && b0 != 0x7C {
                value = UInt32(b0)
                width = 1
            } else if b0 == 0x20 && previous != 0x20 && previous != 0x0A {
                value = 0x20
                width = 1
                wordOut = c + 1
                wordByte = i + 1
            } else {
                break
            }
            out[c] = unsafeBitCast(value, to: Unicode.Scalar.self)
            if let map { map[c] = UInt32(i) }
            c += 1
            previous = value
            i += width
        }
        if wordOut >= 0 {  // the NFC fallback needs to know where the current word started
            wordStartOut = wordOut
            wordStartByte = wordByte
        }
        count = c
        return i
    }

    // MARK: Output

    @inline(__always)
    mutating func put(_ value: UInt32, _ source: UInt32) {
        out[count] = unsafeBitCast(value, to: Unicode.Scalar.self)
        if let map { map[count] = source }
        count += 1
    }

    @inline(__always)
    func set(_ index: Int, _ value: UInt32) {
        out[index] = unsafeBitCast(value, to: Unicode.Scalar.self)
    }

    @inline(__always)
    var last: UInt32 { count > 0 ? out[count - 1].value : 0x0A }

    @inline(__always)
    mutating func space(_ source: UInt32) {
        let previous = last
        if previous == 0x20 || previous == 0x0A { return }
        put(0x20, source)
    }

    @inline(__always)
    mutating func newline(_ source: UInt32) {
        trimTrailingSpace()
        if count >= 2 && out[count - 1].value == 0x0A && out[count - 2].value == 0x0A { return }
        if count == 0 { return }
        put(0x0A, source)
    }

    @inline(__always)
    mutating func trimTrailingSpace() {
        while count > 0 && out[count - 1].value == 0x20 { count -= 1 }
    }

    // MARK: ASCII

    @inline(__always)
    mutating func ascii(_ byte: UInt8, at i: Int, _ base: UnsafePointer<UInt8>, _ end: Int) -> Int {
        let source = UInt32(i)
        switch byte {
        case 0x20, 0x09:
            space(source)
            markWordStart(i + 1)
        case 0x0A, 0x0B, 0x0C:
            newline(source)
            markWordStart(i + 1)
        case 0x0D:
            newline(source)
            let next = i + 1 < end && base[i + 1] == 0x0A ? i + 2 : i + 1
            markWordStart(next)
            return next
        case 0x7C:  // | used as a danda after Devanagari
            if let danda = dandaForBar(at: i, base, end) {
                if danda == Devanagari.doubleDanda {
                    set(count - 1, danda)
                } else {
                    put(danda, source)
                }
            } else {
                put(0x7C, source)
            }
        case 0x27, 0x60:  // '' or `` written for a double quote
            if i + 1 < end && base[i + 1] == byte {
                put(0x22, source)
                return i + 2
            }
            put(UInt32(byte), source)
        case 0x00...0x08, 0x0E...0x1F, 0x7F:
            break  // control characters carry no text
        default:
            put(UInt32(byte), source)
        }
        return i + 1
    }

    @inline(__always)
    mutating func markWordStart(_ byte: Int) {
        wordStartOut = count
        wordStartByte = byte
    }

    /// The danda a `|` at `i` stands for, or nil when it is a real vertical bar.
    func dandaForBar(at i: Int, _ base: UnsafePointer<UInt8>, _ end: Int) -> UInt32? {
        var k = count - 1
        while k >= 0 && out[k].value == 0x20 { k -= 1 }
        guard k >= 0 else { return nil }
        let previous = out[k].value
        if previous == Devanagari.danda && k == count - 1 { return Devanagari.doubleDanda }
        guard Devanagari.contains(previous) else { return nil }
        var j = i + 1
        while j < end && (base[j] == 0x20 || base[j] == 0x09) { j += 1 }
        if j < end {
            let next = base[j] | 0x20
            if next >= 0x61 && next <= 0x7A { return nil }  // a Latin word follows: a separator, not a danda
        }
        return Devanagari.danda
    }

    // MARK: Devanagari

    @inline(__always)
    mutating func devanagari(_ value: UInt32, source: UInt32) {
        // Most scalars need no rule: not a nukta letter, nukta or danda, and not a vowel sign after a letter
        // that Table 12-1 merges it with.
        if value &- 0x0958 >= 8 && value != Devanagari.nukta && value != Devanagari.danda {
            let previous = count > 0 ? out[count - 1].value : 0
            let merges =
                (previous == 0x093E || previous == 0x0905 || previous == 0x0909 || previous == 0x090F)
                && Devanagari.isVowelSign(value)
            if !merges {
                put(value, source)
                return
            }
        }
        if let base = Devanagari.nuktaBase(value) {
            put(base, source)
            put(Devanagari.nukta, source)
            return
        }
        guard count > 0 else {
            put(value, source)
            return
        }
        let previous = out[count - 1].value
        if value == Devanagari.nukta {
            if let composed = Devanagari.composedWithNukta(previous) {
                set(count - 1, composed)
                return
            }
            if previous == Devanagari.virama {  // canonical order: nukta (ccc 7) before virama (ccc 9)
                if count >= 2, let composed = Devanagari.composedWithNukta(out[count - 2].value) {
                    set(count - 2, composed)
                    return
                }
                set(count - 1, Devanagari.nukta)
                put(Devanagari.virama, source)
                return
            }
        } else if value == Devanagari.danda && previous == Devanagari.danda {
            set(count - 1, Devanagari.doubleDanda)
            return
        } else if let merged = Devanagari.mergedSequence(previous, value) {
            set(count - 1, merged)
            return
        }
        put(value, source)
    }

    // MARK: Everything else

    @inline(__always)
    mutating func other(_ value: UInt32, source: UInt32) {
        switch value {
        case 0x00A0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000:
            space(source)
            markWordStart(Int(source) + (value < 0x800 ? 2 : 3))
        case 0x0085, 0x2028, 0x2029:
            newline(source)
            markWordStart(Int(source) + (value < 0x800 ? 2 : 3))
        case 0x0080...0x009F, 0x00AD, 0x180E, 0x200C...0x200F, 0x202A...0x202E, 0x2060...0x2064,
            0x2066...0x206F, 0xFEFF:
            break  // invisible format and control characters
        case 0x201E, 0x201F, 0x301D:
            put(0x201C, source)
        case 0x301E, 0x301F:
            put(0x201D, source)
        case 0x201A, 0x201B:
            put(0x2018, source)
        case 0x2033, 0xFF02:
            put(0x22, source)
        default:
            put(value, source)
        }
    }

    /// Whether `value` may take part in NFC composition or decomposition, so its word must go through
    /// the full algorithm. Latin-1, the Latin extensions, general punctuation, symbols and emoji never do.
    @inline(__always)
    func needsNFC(_ value: UInt32) -> Bool {
        if value < 0x0300 { return false }
        switch value {
        case 0x2000...0x20CF, 0x2100...0x2125, 0x2127...0x2129, 0x212C...0x2328, 0x232B...0x2ADB, 0x2ADD...0x2BFF,
            0x1F000...0x1FAFF, 0xFE00...0xFE0F, 0xE000...0xF8FF, 0x3000...0x3029, 0x3030...0x303F:
            return false
        default:
            return true
        }
    }

    /// Re-emits the word around the scalar at `from` through Foundation's NFC, then through the
    /// Devanagari and punctuation rules. Returns the input offset after the word.
    mutating func nfcWord(_ base: UnsafePointer<UInt8>, _ end: Int, from: Int) -> Int {
        var stop = from
        while stop < end {
            let byte = base[stop]
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { break }
            stop += 1
        }
        let start = wordStartByte <= from ? wordStartByte : from
        count = min(count, wordStartOut)
        let word = String(decoding: UnsafeBufferPointer(start: base + start, count: stop - start), as: UTF8.self)
        let composed = word.precomposedStringWithCanonicalMapping
        let source = UInt32(start)
        for scalar in composed.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                if value >= 0x20 && value != 0x7F { put(value, source) }
            } else if Devanagari.contains(value) {
                devanagari(value, source: source)
            } else {
                other(value, source: source)
            }
        }
        return stop
    }
}
