/// Devanagari names are first romanized the way Indian English spells them (schwa deleted, ी as `ee`,
/// ू as `oo`), so that both scripts then go through the same Latin sound folding and get symmetric keys.
enum DevanagariPhonemes {
    static func word(_ scalars: [Unicode.Scalar]) -> [NameKey.Phoneme] {
        LatinPhonemes.fold(romanize(scalars))
    }

    /// Up to eight ASCII bytes held inline (a consonant or vowel spelling): no allocation per letter.
    private struct Spelling {
        private var raw: UInt64 = 0
        private(set) var count = 0

        init() {}

        init(_ text: String) {
            for byte in text.utf8 { append(byte) }
        }

        var isEmpty: Bool { count == 0 }
        var first: UInt8? { count == 0 ? nil : UInt8(truncatingIfNeeded: raw) }

        mutating func append(_ byte: UInt8) {
            guard count < 8 else { return }
            raw |= UInt64(byte) << (8 * UInt64(count))
            count += 1
        }

        mutating func removeFirst() {
            guard count > 0 else { return }
            raw >>= 8
            count -= 1
        }

        /// The spelling as text.
        var text: String {
            var bytes: [UInt8] = []
            write(to: &bytes)
            return String(decoding: bytes, as: UTF8.self)
        }

        func write(to bytes: inout [UInt8]) {
            for k in 0..<count { bytes.append(UInt8(truncatingIfNeeded: raw >> (8 * UInt64(k)))) }
        }
    }

    /// A consonant or independent vowel with the vowel that follows it.
    private struct Unit {
        var consonant: Spelling
        var vowel: Spelling
        var inherent: Bool
        /// Written with a virama: the first consonant of a cluster.
        var joined = false
        var isConsonant: Bool { !consonant.isEmpty }
    }

    /// - Parameter display: drop a final inherent vowel after a single consonant too (इल → il, उन → un),
    ///   as names are spelled; matching keeps it (its keys were tuned that way).
    static func romanize(_ scalars: [Unicode.Scalar], display: Bool = false) -> [UInt8] {
        var units: [Unit] = []
        var i = 0
        while i < scalars.count {
            let v = scalars[i].value
            let nukta = i + 1 < scalars.count && scalars[i + 1].value == Devanagari.nukta
            if let consonant = consonant(v, nukta: nukta) {
                units.append(Unit(consonant: Spelling(consonant), vowel: Spelling("a"), inherent: true))
                i += nukta ? 2 : 1
                continue
            }
            if let vowel = independentVowel(v) {
                units.append(Unit(consonant: Spelling(), vowel: Spelling(vowel), inherent: false))
            } else if let sign = vowelSign(v), !units.isEmpty {
                units[units.count - 1].vowel = Spelling(sign)
                units[units.count - 1].inherent = false
            } else if v == Devanagari.virama, !units.isEmpty {
                units[units.count - 1].vowel = Spelling()
                units[units.count - 1].inherent = false
                units[units.count - 1].joined = true
            } else if v == Devanagari.anusvara || v == Devanagari.chandrabindu, !units.isEmpty {
                units[units.count - 1].vowel.append(0x6E)  // n
            } else if v == Devanagari.visarga, !units.isEmpty {
                units[units.count - 1].vowel.append(0x68)  // h
            }
            i += 1
        }
        deleteSchwas(&units, display: display)
        if display { spellForDisplay(&units, scalars) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(units.count * 3)
        for unit in units {
            unit.consonant.write(to: &bytes)
            unit.vowel.write(to: &bytes)
        }
        return bytes
    }

    /// How names are spelled rather than matched: व after a consonant or in a final वाल is `w` (Swasthya,
    /// Dwivedi, Agrawal, Kejriwal).
    private static func spellForDisplay(_ units: inout [Unit], _ scalars: [Unicode.Scalar]) {
        for k in units.indices.dropFirst() where units[k].consonant.first == 0x76 && units[k].consonant.count == 1 {
            let afterConsonant = units[k - 1].isConsonant && units[k - 1].joined
            let finalWal =
                k + 2 == units.count && units[k].vowel.first == 0x61 && units[k + 1].consonant.first == 0x6C
                && units[k + 1].consonant.count == 1 && units[k + 1].vowel.isEmpty
            if afterConsonant || finalWal { units[k].consonant = Spelling("w") }
        }
    }

    /// Deletes the inherent vowel at the end of a word and in V C _ C V; names keep it after a conjunct at the
    /// end (केंद्र → Kendra, मित्र → Mitra).
    private static func deleteSchwas(_ units: inout [Unit], display: Bool) {
        let consonants = units.filter(\.isConsonant).count
        // Names keep the vowel after a final cluster (इंद्र Indra, सत्य Satya, दत्त Dutta), but not after one
        // ending in s (सिमन्स Simons, एडवर्ड्स Edwards).
        let finalConjunct =
            display && units.count >= 2 && units[units.count - 2].isConsonant && units[units.count - 2].joined
            && units[units.count - 1].consonant.text != "s"
        if let last = units.indices.last, units[last].inherent, !finalConjunct,
            consonants > 1 || (display && units.count > 1)
        {
            units[last].vowel.removeFirst()
            units[last].inherent = false
        }
        guard units.count >= 3 else { return }
        for k in 1..<(units.count - 1) where units[k].inherent && units[k].isConsonant {
            let before = units[k - 1]
            let after = units[k + 1]
            let vowelBefore = !before.vowel.isEmpty && before.vowel.first != 0x6E
            let vowelAfter = after.isConsonant && !after.vowel.isEmpty
            // Names keep a vowel that carries a nasal (धनंजय Dhananjay, not Dhannjay).
            if vowelBefore && vowelAfter && (!display || units[k].vowel.count == 1) {
                units[k].vowel.removeFirst()
                units[k].inherent = false
            }
        }
    }

    private static func consonant(_ v: UInt32, nukta: Bool) -> String? {
        if nukta {
            switch v {
            case 0x0915: return "q"
            case 0x0916: return "kh"
            case 0x0917: return "gh"
            case 0x091C: return "z"
            case 0x0921: return "r"
            case 0x0922: return "rh"
            case 0x092B: return "f"
            default: break
            }
        }
        switch v {
        case 0x0915: return "k"
        case 0x0916: return "kh"
        case 0x0917: return "g"
        case 0x0918: return "gh"
        case 0x0919: return "n"
        case 0x091A: return "ch"
        case 0x091B: return "chh"
        case 0x091C: return "j"
        case 0x091D: return "jh"
        case 0x091E: return "n"
        case 0x091F: return "t"
        case 0x0920: return "th"
        case 0x0921: return "d"
        case 0x0922: return "dh"
        case 0x0923: return "n"
        case 0x0924: return "t"
        case 0x0925: return "th"
        case 0x0926: return "d"
        case 0x0927: return "dh"
        case 0x0928, 0x0929: return "n"
        case 0x092A: return "p"
        case 0x092B: return "ph"
        case 0x092C: return "b"
        case 0x092D: return "bh"
        case 0x092E: return "m"
        case 0x092F: return "y"
        case 0x0930, 0x0931: return "r"
        case 0x0932, 0x0933, 0x0934: return "l"
        case 0x0935: return "v"
        case 0x0936, 0x0937: return "sh"
        case 0x0938: return "s"
        case 0x0939: return "h"
        default: return nil
        }
    }

    private static func independentVowel(_ v: UInt32) -> String? {
        switch v {
        case 0x0905: "a"
        case 0x0906: "aa"
        case 0x0907: "i"
        case 0x0908: "ee"
        case 0x0909: "u"
        case 0x090A: "oo"
        case 0x090B: "ri"
        case 0x090D, 0x090E, 0x090F: "e"
        case 0x0910: "ai"
        case 0x0911, 0x0912, 0x0913: "o"
        case 0x0914: "au"
        case 0x0972: "e"
        default: nil
        }
    }

    private static func vowelSign(_ v: UInt32) -> String? {
        switch v {
        case 0x093E: "aa"
        case 0x093F: "i"
        case 0x0940: "ee"
        case 0x0941: "u"
        case 0x0942: "oo"
        case 0x0943: "ri"
        case 0x0945, 0x0946, 0x0947: "e"
        case 0x0948: "ai"
        case 0x0949, 0x094A, 0x094B: "o"
        case 0x094C: "au"
        default: nil
        }
    }
}

/// Folds a Latin spelling into sound classes (HINDI.md): digraphs to one consonant, vowel spellings to the
/// five vowel classes, h and consonantal y dropped.
enum LatinPhonemes {
    static func word(_ scalars: [Unicode.Scalar]) -> [NameKey.Phoneme] {
        let key = MatchKey.of(canonical: scalars[...])
        return fold(key.utf8.filter { $0 &- 0x61 < 26 })
    }

    static func fold(_ w: [UInt8]) -> [NameKey.Phoneme] {
        var out: [NameKey.Phoneme] = []
        let n = w.count
        func at(_ k: Int) -> UInt8 { k < n && k >= 0 ? w[k] : 0 }
        func isVowel(_ c: UInt8) -> Bool { c == 0x61 || c == 0x65 || c == 0x69 || c == 0x6F || c == 0x75 }
        func consonant(_ c: Character) { out.append(.init(symbol: c.asciiValue ?? 0x3F, isVowel: false)) }
        func vowel(_ c: Character) { out.append(.init(symbol: c.asciiValue ?? 0x3F, isVowel: true)) }
        var i = 0
        while i < n {
            let c = w[i]
            let d = at(i + 1)
            switch c {
            case UInt8(ascii: "a"):
                if d == UInt8(ascii: "a") {
                    vowel("a")
                    i += 2
                } else if d == UInt8(ascii: "i") || (d == UInt8(ascii: "y") && !isVowel(at(i + 2))) {
                    vowel("e")
                    i += 2
                } else if d == UInt8(ascii: "u") || (d == UInt8(ascii: "w") && !isVowel(at(i + 2))) {
                    vowel("o")
                    i += 2
                } else {
                    vowel("a")
                    i += 1
                }
            case UInt8(ascii: "e"):
                if d == UInt8(ascii: "e") {
                    vowel("i")
                    i += 2
                } else if d == UInt8(ascii: "i") || (d == UInt8(ascii: "y") && !isVowel(at(i + 2))) {
                    vowel("e")
                    i += 2
                } else {
                    vowel("e")
                    i += 1
                }
            case UInt8(ascii: "i"):
                vowel("i")
                i += d == UInt8(ascii: "i") ? 2 : 1
            case UInt8(ascii: "o"):
                if d == UInt8(ascii: "o") || d == UInt8(ascii: "u") {
                    vowel("u")
                    i += 2
                } else if d == UInt8(ascii: "w") && !isVowel(at(i + 2)) {
                    vowel("o")
                    i += 2
                } else {
                    vowel("o")
                    i += 1
                }
            case UInt8(ascii: "u"):
                vowel("u")
                i += d == UInt8(ascii: "u") ? 2 : 1
            case UInt8(ascii: "y"):
                if i > 0 && !isVowel(d) && !isVowel(at(i - 1)) { vowel("i") }  // Reddy
                i += 1
            case UInt8(ascii: "h"):
                i += 1  // h is dropped
            case UInt8(ascii: "w"):
                if isVowel(d) { consonant("v") }  // w before a vowel sounds v; elsewhere it is dropped
                i += 1
            case UInt8(ascii: "s"):
                if d == UInt8(ascii: "c") && at(i + 2) == UInt8(ascii: "h") {
                    consonant("s")
                    i += 3
                } else {
                    consonant("s")
                    i += d == UInt8(ascii: "h") ? 2 : 1
                }
            case UInt8(ascii: "c"):
                if d == UInt8(ascii: "h") {
                    consonant("c")
                    i += at(i + 2) == UInt8(ascii: "h") ? 3 : 2
                } else if d == UInt8(ascii: "k") {
                    consonant("k")
                    i += 2
                } else if d == UInt8(ascii: "e") || d == UInt8(ascii: "i") || d == UInt8(ascii: "y") {
                    consonant("s")
                    i += 1
                } else {
                    consonant("k")
                    i += 1
                }
            case UInt8(ascii: "p"):
                consonant(d == UInt8(ascii: "h") ? "f" : "p")
                i += d == UInt8(ascii: "h") ? 2 : 1
            case UInt8(ascii: "z"):
                consonant("j")
                i += d == UInt8(ascii: "h") ? 2 : 1
            case UInt8(ascii: "q"):
                consonant("k")
                i += 1
            case UInt8(ascii: "x"):
                if i > 0 { consonant("k") }
                consonant("s")
                i += 1
            case UInt8(ascii: "n"):
                let next = d == UInt8(ascii: "h") ? at(i + 2) : d
                let labial =
                    next == UInt8(ascii: "p") || next == UInt8(ascii: "b") || next == UInt8(ascii: "m")
                    || next == UInt8(ascii: "f")
                consonant(labial ? "m" : "n")
                i += 1
            case UInt8(ascii: "k"), UInt8(ascii: "g"), UInt8(ascii: "t"), UInt8(ascii: "d"), UInt8(ascii: "b"),
                UInt8(ascii: "j"), UInt8(ascii: "r"):
                out.append(.init(symbol: c, isVowel: false))
                i += d == UInt8(ascii: "h") ? 2 : 1  // kh gh th dh bh jh rh
            case UInt8(ascii: "v"):
                consonant("v")
                i += 1
            default:
                out.append(.init(symbol: c, isVowel: false))  // f l m
                i += 1
            }
        }
        return out
    }
}
