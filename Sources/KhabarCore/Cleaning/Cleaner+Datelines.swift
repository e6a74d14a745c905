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

    static let placeLineMarks: Set<Term> = ["/", ",", "(", ")", ":", "।", "-"]
    static let datelineSeparators: Set<Term> = [":", "।", "-", "–", "—", "|", "."]

    /// A line that names only a place (or two joined by `/`): an own-line dateline ("नई दिल्ली").
    func isPlaceLine(_ line: ArticleLine) -> Bool {
        guard line.wordCount >= 1 && line.wordCount <= 6 else { return false }
        var groups: [Range<Int>] = []
        var start: Int?
        for (k, token) in line.tokens.enumerated() {
            if token.isWordLike {
                if start == nil { start = k }
                continue
            }
            guard CleaningWork.placeLineMarks.contains(line.terms[k]) else { return false }
            if let s = start { groups.append(s..<k) }
            start = nil
        }
        if let s = start { groups.append(s..<line.tokens.count) }
        return !groups.isEmpty && groups.allSatisfy { isPlace($0, line: line, capitals: false) }
    }

    /// For a line like "अनिल शर्मा, आगरा" or "भागलपुर, वरीय संवाददाता" (a reporter or desk and a place, on a line
    /// of their own), the place.
    func reporterLinePlace(_ line: ArticleLine) -> String? {
        guard line.wordCount <= 6, line.terms.filter({ $0 == "," }).count == 1,
            zip(line.tokens, line.terms).allSatisfy({ $0.kind == .word || $1 == "," }),
            let comma = line.terms.firstIndex(of: ",")
        else { return nil }
        let groups = [0..<comma, (comma + 1)..<line.terms.count]
        guard groups.allSatisfy({ !$0.isEmpty && $0.count <= 3 }) else { return nil }
        for (placeGroup, other) in [(groups[0], groups[1]), (groups[1], groups[0])]
        where isPlace(placeGroup, line: line, capitals: false)
            && !line.terms[other].contains(where: { CleaningLexicon.notPlaces.contains($0) })
        {
            return text(line.tokens[placeGroup.lowerBound].start..<line.tokens[placeGroup.upperBound - 1].end)
        }
        return nil
    }

    /// Whether the tokens `range` of `line` name a place.
    ///
    /// - Parameter capitals: whether an unknown all-capitals English word counts (as in a dateline prefix,
    ///   "KANPUR:"); on a line of its own such a word is more often a credit ("NBT").
    func isPlace(_ range: Range<Int>, line: ArticleLine, capitals: Bool = true) -> Bool {
        guard !range.isEmpty, range.count <= 4 else { return false }
        let terms = line.terms[range]
        if terms.contains(where: { CleaningLexicon.notPlaces.contains($0) }) { return false }
        if Places.shared.lookup(terms: terms) != nil { return true }
        let tokens = line.tokens[range]
        if tokens.contains(where: { $0.kind != .word }) { return false }
        // An English dateline in capitals: NEW DELHI, KANPUR.
        let capitalized = tokens.allSatisfy { token in
            token.end - token.start >= 3 && canonical.scalars[token.range].allSatisfy { $0.value &- 0x41 < 26 }
        }
        if capitalized { return capitals && range.count <= 3 }
        // A single Hindi place name by its suffix: कानपुर, गाजियाबाद, अलीगढ़, हजरतगंज.
        guard range.count == 1, tokens.first?.flags.contains(.devanagari) == true else { return false }
        let scalars = Array(line.key(range.lowerBound).unicodeScalars)
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
        let terms = line.terms
        var pieces: [(range: Range<Int>, bracketed: Bool)] = []
        var k = 0
        var pieceStart: Int?
        var endToken: Int?
        var endsWithBracket = false
        func closePiece() {
            if let s = pieceStart, s < k { pieces.append((s..<k, false)) }
            pieceStart = nil
        }
        while k < terms.count && k < 16 {
            let term = terms[k]
            if term == "," {
                closePiece()
                k += 1
                continue
            }
            if term == "(" || term == "[" {
                closePiece()
                let closer: Term = term == "(" ? ")" : "]"
                guard let close = terms[(k + 1)...].prefix(6).firstIndex(of: closer), close > k + 1 else { return nil }
                pieces.append(((k + 1)..<close, true))
                k = close + 1
                if k < terms.count && CleaningWork.datelineSeparators.contains(terms[k]) {
                    endToken = k
                } else if k < terms.count && terms[k] != "," {
                    endToken = close
                    endsWithBracket = true
                } else {
                    continue
                }
                break
            }
            if CleaningWork.datelineSeparators.contains(term) {
                closePiece()
                endToken = k
                // "नॉर्थ कोरिया। (आरएनआई)": an agency in brackets right after the separator belongs to it.
                if k + 3 < terms.count && terms[k + 1] == "(",
                    let close = terms[(k + 2)...].prefix(5).firstIndex(of: ")"),
                    terms[(k + 2)..<close].contains(where: { CleaningLexicon.agencies.contains($0) })
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
            let terms = line.terms[piece.range]
            let isAgency = terms.count <= 3 && terms.contains { CleaningLexicon.agencies.contains($0) }
            if isAgency {
                agency = agency ?? piece.range
            } else if place == nil && !piece.bracketed && isPlace(piece.range, line: line) {
                place = piece.range
            } else if isDate(piece.range, line: line) {
                dates += 1
            } else if piece.bracketed && terms.count <= 4 {
                names += 1  // a reporter's name, or a country after a city: वोल्फस्बर्ग (जर्मनी)
            } else if terms.count <= 3 && !terms.contains(where: { CleaningLexicon.notPlaces.contains($0) })
                && line.tokens[piece.range].allSatisfy({ $0.kind == .word })
            {
                names += 1  // नीलू रंजन, नई दिल्ली ।
            } else {
                return nil
            }
        }
        guard let place, names <= 1 else { return nil }
        if endsWithBracket && agency == nil && dates == 0 { return nil }
        if line.terms[end] == "." && Places.shared.lookup(terms: line.terms[place]) == nil { return nil }
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
    func isDate(_ range: Range<Int>, line: ArticleLine) -> Bool {
        guard range.count <= 4, line.terms[range].contains(where: { CalendarWords.month($0) != nil }) else {
            return false
        }
        return range.contains { line.tokens[$0].kind == .number || CalendarWords.numberWord(line.terms[$0]) != nil }
    }
}
