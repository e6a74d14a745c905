/// A light stemmer for Hindi (Ramanathan & Rao 2003) and English (an S-stemmer).
///
/// Hindi: strip the longest inflectional suffix from the groups of HINDI.md whose removal leaves at least
/// two scalars (`लड़कियों` → `लड़क`; `जाएंगे` cannot lose `ाएंगे`, which would leave one scalar, so it loses
/// `एंगे` → `जा`). English: plural `-ies` → `-y`, `-es` → `-e`, `-s` → nothing (not after `s` or `u`, and
/// not in `-aes`, `-ees`, `-oes`, `-eies`, `-aies`).
///
/// Stemming works on match keys (``MatchKey``), so chandrabindu and anusvara spellings of a suffix match.
/// Do not stem entity names (मोदी would become मोद).
///
/// Complexity: O(k) for a suffix of k ≤ 5 scalars: a walk down a reversed trie.
public enum Stemmer {
    /// Stems the match-key scalars `word` in place.
    public static func stem(_ word: inout [Unicode.Scalar]) {
        let length = word.withUnsafeBufferPointer { stemLength($0) }
        if length < word.count {
            word.removeSubrange(length...)
            return
        }
        englishStem(&word)
    }

    /// The stem of a word (its match key is taken first).
    public static func stem(_ word: String) -> String {
        var scalars = Array(MatchKey.of(word).unicodeScalars)
        stem(&scalars)
        return String.fromScalars(scalars[...])
    }

    /// Stems the match-key scalars at `word` in place (Hindi by suffix, plain lower-case English by plural)
    /// and returns the stem's length.
    ///
    /// Complexity: O(k) for a suffix of k scalars; no allocation.
    @inline(__always)
    public static func stem(_ word: UnsafeMutablePointer<Unicode.Scalar>, count: Int) -> Int {
        HindiSuffixTrie.shared.nodes.withUnsafeBufferPointer { stem(word, count: count, trie: $0) }
    }

    /// ``stem(_:count:)`` with the trie's table already in hand.
    @inline(__always)
    static func stem(_ word: UnsafeMutablePointer<Unicode.Scalar>, count: Int, trie: UnsafeBufferPointer<UInt16>)
        -> Int
    {
        let length = stemLength(UnsafeBufferPointer(start: word, count: count), trie: trie)
        if length < count || count < 4 || word[count - 1] != "s" { return length }
        var array = Array(UnsafeBufferPointer(start: word, count: count))
        englishStem(&array)
        for (k, scalar) in array.enumerated() { word[k] = scalar }
        return array.count
    }

    /// The length of the Hindi stem of the match-key scalars `word`: `word.count` when no suffix applies.
    public static func stemLength(_ word: UnsafeBufferPointer<Unicode.Scalar>) -> Int {
        HindiSuffixTrie.shared.nodes.withUnsafeBufferPointer { stemLength(word, trie: $0) }
    }

    /// ``stemLength(_:)`` with the trie's table already in hand (hot loops fetch it once).
    @inline(__always)
    static func stemLength(_ word: UnsafeBufferPointer<Unicode.Scalar>, trie: UnsafeBufferPointer<UInt16>) -> Int {
        let n = word.count
        guard n > 2 else { return n }
        var node = 0
        var best = n
        var depth = 0
        while depth < n - 2 && depth < HindiSuffixTrie.maxLength {
            let v = word[n - 1 - depth].value
            guard Devanagari.contains(v) else { break }
            let child = Int(trie[node &* HindiSuffixTrie.rowSize &+ Int(v &- 0x0900)])
            guard child != 0 else { break }
            node = child
            depth += 1
            if trie[node &* HindiSuffixTrie.rowSize &+ 128] != 0 { best = n - depth }
        }
        return best
    }

    static func englishStem(_ word: inout [Unicode.Scalar]) {
        let n = word.count
        guard n > 3, word[n - 1] == "s" else { return }
        for scalar in word where scalar.value >= 0x80 || !(scalar.value &- 0x61 < 26) {
            return  // only plain lower-case Latin words
        }
        let a = word[n - 2]
        let b = word[n - 3]
        if a == "e" && b == "i" && n > 4 && word[n - 4] != "e" && word[n - 4] != "a" {
            word.removeLast(3)
            word.append("y")
        } else if a == "e" && (b == "a" || b == "e" || b == "o") {
            return
        } else if a == "e" {
            word.removeLast()
        } else if a != "s" && a != "u" {
            word.removeLast()
        }
    }
}

/// The Hindi suffixes, stored as a trie over their scalars from the last one backwards.
///
/// One flat table: row `node` holds 128 child slots (one per Devanagari scalar, 0 for none; node 0 is the
/// root) and, in slot 128, whether a suffix ends at that node.
struct HindiSuffixTrie: Sendable {
    static let maxLength = 5
    static let rowSize = 129
    static let shared = HindiSuffixTrie()

    static let suffixes: [String] = [
        "ाएंगी", "ाएंगे", "ाऊंगी", "ाऊंगा", "ाइयाँ", "ाइयों", "ाइयां",
        "ाएगी", "ाएगा", "ाओगी", "ाओगे", "एंगी", "ेंगी", "एंगे", "ेंगे", "ूंगी", "ूंगा", "ातीं", "नाओं", "नाएं", "ताओं", "ताएं",
        "ियाँ", "ियों", "ियां",
        "ाकर", "ाइए", "ाईं", "ाया", "ेगी", "ेगा", "ोगी", "ोगे", "ाने", "ाना", "ाते", "ाती", "ाता", "तीं", "ाओं", "ाएं", "ुओं",
        "ुएं", "ुआं",
        "कर", "ाओ", "िए", "ाई", "ाए", "ने", "नी", "ना", "ते", "ीं", "ती", "ता", "ाँ", "ां", "ों", "ें",
        "ो", "े", "ू", "ु", "ी", "ि", "ा",
    ]

    /// The flat table of rows.
    let nodes: [UInt16]

    init() {
        var nodes = [UInt16](repeating: 0, count: Self.rowSize)
        for suffix in Self.suffixes {
            let key = Array(MatchKey.of(suffix).unicodeScalars)
            var node = 0
            for scalar in key.reversed() {
                let slot = node * Self.rowSize + Int(scalar.value - 0x0900)
                if nodes[slot] == 0 {
                    nodes[slot] = UInt16(nodes.count / Self.rowSize)
                    nodes.append(contentsOf: repeatElement(0, count: Self.rowSize))
                }
                node = Int(nodes[slot])
            }
            nodes[node * Self.rowSize + 128] = 1
        }
        self.nodes = nodes
    }
}
