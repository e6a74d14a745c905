import KhabarText

/// The words of person names, as the tagger's name feature reads them: which words begin, end or sit in
/// the middle of known names.
public enum PersonNames {
    /// The name-word classes of full names written in Devanagari (bit 0 given name, bit 1 surname, bit 2
    /// middle name), by term hash. Initials, stopwords and the cue words of ``EntityCues`` (सरकार and मंडल
    /// are surnames too, but far more often heads of organisations and places) are left out.
    public static func classes(of names: [String]) -> [UInt64: UInt8] {
        var result: [UInt64: UInt8] = [:]
        for name in names {
            let canonical = Normalizer.canonical(name)
            let words = Tokenizer.tokenize(canonical).filter { $0.kind == .word && !$0.flags.contains(.abbreviation) }
            for (k, word) in words.enumerated() {
                let key = MatchKey.of(canonical: canonical.scalars[word.range])
                guard key.unicodeScalars.count >= 2, !Stopwords.contains(key) else { continue }
                let term = Term(key)
                guard !EntityCues.organizationHeads.contains(term), !EntityCues.placeHeads.contains(term),
                    !EntityCues.personTitles.contains(term), !EntityCues.isAcronym(key)
                else { continue }
                let bit: UInt8 = k == 0 ? 1 : (k == words.count - 1 ? 2 : 4)
                result[term.hash, default: 0] |= bit
            }
        }
        return result
    }
}
