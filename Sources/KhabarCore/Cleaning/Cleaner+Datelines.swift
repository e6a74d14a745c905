import KhabarText

/// Step 3: the agency dateline.
///
/// A dateline is recognised by position and shape, not by a list of strings: it opens the first paragraph
/// (or stands on a line of its own among the first three), and reads `PLACE[, DATE][, AGENCY|REPORTER]`
/// with the agency possibly in brackets, then a separator (`:` `।` `-` `—` `|` `.`) or the closing bracket,
/// then the story. The place must be a known place, an all-capitals English name, or a Hindi word with a
/// place suffix (-पुर, -नगर, -बाद, …); cue words and speech verbs never are (so `उन्होंने कहा: “…”` stays).
extension CleaningWork {
    mutating func findDateline() {
        var tried = 0
        for index in keptLines.prefix(3) {
            let line = lines[index]
            if isPlaceLine(line) && keptLines.last != index {
                cut(index, .dateline, "place \(text(line.range))")
                dateline = dateline ?? Dateline(place: text(line.range), agency: nil, text: text(line.range))
                continue
            }
            if let place = reporterLinePlace(line), keptLines.last != index {
                cut(index, .byline, "reporter and place")
                dateline = dateline ?? Dateline(place: place, agency: nil, text: text(line.range))
                continue
            }
            if let found = datelinePrefix(line) {
                spanCuts.append(Cut(range: line.range.lowerBound..<found.end, reason: .dateline, detail: found.detail))
                dateline = dateline ?? found.dateline
                return
            }
            tried += 1
            if tried == 2 { return }
        }
    }

    /// A line that names only a place (or two joined by `/`): an own-line dateline ("नई दिल्ली").
    func isPlaceLine(_ line: ArticleLine) -> Bool {
        guard line.wordCount >= 1 && line.wordCount <= 6 else { return false }
        var groups: [ArraySlice<String>] = []
        var start: Int?
        for (k, token) in line.tokens.enumerated() {
            if token.isWordLike {
                if start == nil { start = k }
                continue
            }
            guard ["/", ",", "(", ")", ":", "।", "-"].contains(line.keys[k]) else { return false }
            if let s = start { groups.append(line.keys[s..<k]) }
            start = nil
        }
        if let s = start { groups.append(line.keys[s...]) }
        return !groups.isEmpty && groups.allSatisfy { isPlace($0, line: line, capitals: false) }
    }

    /// For a line like "अनिल शर्मा, आगरा" or "भागलपुर, वरीय संवाददाता" (a reporter or desk and a place, on a line
    /// of their own), the place.
    func reporterLinePlace(_ line: ArticleLine) -> String? {
        guard line.wordCount <= 6, line.keys.filter({ $0 == "," }).count == 1,
            zip(line.tokens, line.keys).allSatisfy({ $0.kind == .word || $1 == "," }),
            let comma = line.keys.firstIndex(of: ",")
        else { return nil }
        let groups = [line.keys[..<comma], line.keys[(comma + 1)...]]
        guard groups.allSatisfy({ !$0.isEmpty && $0.count <= 3 }) else { return nil }
        for (placeGroup, other) in [(groups[0], groups[1]), (groups[1], groups[0])]
        where isPlace(placeGroup, line: line, capitals: false)
            && !other.contains(where: { CleaningLexicon.notPlaces.contains($0) })
        {
            return text(line.tokens[placeGroup.startIndex].start..<line.tokens[placeGroup.endIndex - 1].end)
        }
        return nil
    }

    /// Whether the words `keys` (a slice of `line.keys`) name a place.
    ///
    /// - Parameter capitals: whether an unknown all-capitals English word counts (as in a dateline prefix,
    ///   "KANPUR:"); on a line of its own such a word is more often a credit ("NBT").
    func isPlace(_ keys: ArraySlice<String>, line: ArticleLine, capitals: Bool = true) -> Bool {
        guard !keys.isEmpty, keys.count <= 4 else { return false }
        if keys.contains(where: { CleaningLexicon.notPlaces.contains($0) }) { return false }
        if Places.shared.lookup(keys: keys) != nil { return true }
        let tokens = line.tokens[keys.startIndex..<keys.endIndex]
        if tokens.contains(where: { $0.kind != .word }) { return false }
        // An English dateline in capitals: NEW DELHI, KANPUR.
        let capitalized = tokens.allSatisfy { token in
            canonical.scalars[token.range].allSatisfy { $0.value &- 0x41 < 26 || $0 == "." }
        }
        if capitalized && capitals && keys.count <= 3 && keys.allSatisfy({ $0.count >= 3 }) { return true }
        // A single Hindi place name by its suffix: कानपुर, गाजियाबाद, अलीगढ़, हजरतगंज.
        guard keys.count == 1, let word = keys.first, tokens.first?.flags.contains(.devanagari) == true else {
            return false
        }
        let scalars = Array(word.unicodeScalars)
        return CleaningWork.placeSuffixes.contains { suffix in
            scalars.count > suffix.count + 1 && scalars.suffix(suffix.count).elementsEqual(suffix)
        }
    }

    static let placeSuffixes: [[Unicode.Scalar]] = ["पुर", "नगर", "बाद", "गढ", "गंज", "स्तान", "गांव", "पुरम", "कोट"]
        .map { Array(MatchKey.of($0).unicodeScalars) }

    /// What a dateline prefix found: where it ends and what it says.
    struct DatelinePrefix {
        var end: Int
        var dateline: Dateline
        var detail: String
    }

    /// The dateline that opens `line`, if any.
    func datelinePrefix(_ line: ArticleLine) -> DatelinePrefix? {
        let keys = line.keys
        var pieces: [(range: Range<Int>, bracketed: Bool)] = []
        var k = 0
        var pieceStart: Int?
        var endToken: Int?
        var endsWithBracket = false
        let separators = [":", "।", "-", "–", "—", "|", "."]
        func closePiece() {
            if let s = pieceStart, s < k { pieces.append((s..<k, false)) }
            pieceStart = nil
        }
        while k < keys.count && k < 16 {
            let key = keys[k]
            if key == "," {
                closePiece()
                k += 1
                continue
            }
            if key == "(" || key == "[" {
                closePiece()
                let closer = key == "(" ? ")" : "]"
                guard let close = keys[(k + 1)...].prefix(6).firstIndex(of: closer), close > k + 1 else { return nil }
                pieces.append(((k + 1)..<close, true))
                k = close + 1
                if k < keys.count && separators.contains(keys[k]) {
                    endToken = k
                } else if k < keys.count && keys[k] != "," {
                    endToken = close
                    endsWithBracket = true
                } else {
                    continue
                }
                break
            }
            if separators.contains(key) {
                closePiece()
                endToken = k
                // "नॉर्थ कोरिया। (आरएनआई)": an agency in brackets right after the separator belongs to it.
                if k + 3 < keys.count && keys[k + 1] == "(", let close = keys[(k + 2)...].prefix(5).firstIndex(of: ")"),
                    keys[(k + 2)..<close].contains(where: { CleaningLexicon.agencies.contains($0) })
                {
                    pieces.append(((k + 2)..<close, true))
                    endToken = close
                }
                break
            }
            guard line.tokens[k].isWordLike else { return nil }
            if pieceStart == nil { pieceStart = k }
            k += 1
        }
        guard let end = endToken, !pieces.isEmpty else { return nil }
        let rest = line.tokens[(end + 1)...].filter(\.isWordLike).count
        guard rest >= 4 else { return nil }
        return judge(pieces, line: line, end: end, endsWithBracket: endsWithBracket)
    }

    /// Whether the pieces before the separator make a dateline, and which is the place and the agency.
    private func judge(
        _ pieces: [(range: Range<Int>, bracketed: Bool)],
        line: ArticleLine,
        end: Int,
        endsWithBracket: Bool
    ) -> DatelinePrefix? {
        var place: Range<Int>?
        var agency: Range<Int>?
        var names = 0
        var dates = 0
        for piece in pieces {
            let keys = line.keys[piece.range]
            let isAgency = keys.count <= 3 && keys.contains { CleaningLexicon.agencies.contains($0) }
            if isAgency {
                agency = agency ?? piece.range
            } else if place == nil && !piece.bracketed && isPlace(keys, line: line) {
                place = piece.range
            } else if isDate(keys) {
                dates += 1
            } else if piece.bracketed && keys.count <= 4 {
                names += 1  // a reporter's name, or a country after a city: वोल्फस्बर्ग (जर्मनी)
            } else if keys.count <= 3 && !keys.contains(where: { CleaningLexicon.notPlaces.contains($0) })
                && line.tokens[piece.range].allSatisfy({ $0.kind == .word })
            {
                names += 1  // नीलू रंजन, नई दिल्ली ।
            } else {
                return nil
            }
        }
        guard let place, names <= 1 else { return nil }
        if endsWithBracket && agency == nil && dates == 0 { return nil }
        if line.keys[end] == "." && Places.shared.lookup(keys: line.keys[place]) == nil { return nil }
        let endScalar = line.tokens[end].end
        let prefixText = text(line.range.lowerBound..<endScalar)
        let placeText = text(line.tokens[place.lowerBound].start..<line.tokens[place.upperBound - 1].end)
        let agencyText = agency.map { text(line.tokens[$0.lowerBound].start..<line.tokens[$0.upperBound - 1].end) }
        var detail = "place \(placeText)"
        if let agencyText { detail += ", agency \(agencyText)" }
        return DatelinePrefix(
            end: endScalar, dateline: Dateline(place: placeText, agency: agencyText, text: prefixText), detail: detail)
    }

    /// A day and month ("3 जुलाई", "दो मार्च", "July 3"), with or without a year.
    func isDate(_ keys: ArraySlice<String>) -> Bool {
        guard keys.count <= 4, keys.contains(where: { CalendarWords.month($0) != nil }) else { return false }
        return keys.contains { Int($0) != nil || CalendarWords.numberWord($0) != nil }
    }
}
