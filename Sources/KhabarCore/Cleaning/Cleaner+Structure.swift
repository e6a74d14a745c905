import KhabarText

/// Steps 2, 4 and 5: the headline, repeated paragraphs, trailing spans.
extension CleaningWork {
    // MARK: Headline

    /// Takes the headline from the first kept line when the input gave none and that line reads as one;
    /// when the input gave one, a first line repeating it is removed.
    mutating func findTitle() {
        let kept = keptLines
        guard let first = kept.first else { return }
        if let given = raw.title?.trimmingSpaces, !given.isEmpty {
            title = Normalizer.canonical(given).string  // a first line repeating it goes in removeRepeats()
            return
        }
        guard kept.count >= 2, isHeadlineShaped(lines[first]), !isPlaceLine(lines[first]) else { return }
        titleLine = first
        title = text(lines[first].range)
    }

    func wordTerms(of string: String) -> [Term] {
        let canonical = Normalizer.canonical(string)
        return Term.terms(of: canonical, tokens: Tokenizer.tokenize(canonical).filter(\.isWordLike))
    }

    // MARK: Repeats

    /// Removes paragraphs whose words repeat an earlier paragraph's, and teaser copies that a longer
    /// paragraph contains from its start.
    mutating func removeRepeats() {
        var seen: [[Term]: Int] = [:]
        var kept: [(index: Int, words: [Term])] = []
        if let title {
            let words = wordTerms(of: title)
            if words.count >= 3 { seen[words] = -1 }
        }
        for index in keptLines {
            let words = lines[index].wordTerms
            guard words.count >= 3 else { continue }
            if let earlier = seen[words] {
                if earlier < 0 {
                    cut(index, .repeatedHeadline, "repeats the headline")
                } else {
                    cut(index, .repeated, "repeats \(opening(of: earlier))")
                }
                continue
            }
            seen[words] = index
            kept.append((index, words))
        }
        // A truncated teaser: a paragraph of eight or more words that another, longer paragraph starts with.
        // Paragraphs are grouped by their first eight words, so this stays linear in the article length.
        var byOpening: [[Term]: [Int]] = [:]
        for (position, paragraph) in kept.enumerated() where paragraph.words.count >= 8 {
            byOpening[Array(paragraph.words.prefix(8)), default: []].append(position)
        }
        for group in byOpening.values where group.count > 1 {
            for position in group {
                let (index, words) = kept[position]
                let longer = group.lazy.map { kept[$0] }.first { other in
                    other.index != index && other.words.count > words.count && other.words.starts(with: words)
                }
                if let longer, isKept(longer.index) {
                    cut(index, .teaser, "truncated copy of \(opening(of: longer.index))")
                }
            }
        }
    }

    // MARK: Trailing spans

    /// Removes a bracketed disclaimer at the end of a paragraph and embed links left at a paragraph's end.
    mutating func stripTrailingSpans() {
        for index in keptLines {
            let line = lines[index]
            if let open = trailingBracketStart(line) {
                if line.containsAny(CleaningLexicon.disclaimerPhrases.list, from: open) {
                    spanCuts.append(Cut(range: line.tokens[open].start..<line.range.upperBound, reason: .disclaimer))
                    continue
                }
            }
            var first = line.tokens.count
            while first > 0 && line.tokens[first - 1].kind == .url && isEmbedURL(text(line.tokens[first - 1].range)) {
                first -= 1
            }
            if first < line.tokens.count && first > 0 {
                spanCuts.append(
                    Cut(range: line.tokens[first].start..<line.range.upperBound, reason: .socialEmbed, detail: "link"))
            }
        }
    }

    /// The token index of the `(` whose group closes the line, if the line ends with one.
    func trailingBracketStart(_ line: ArticleLine) -> Int? {
        guard line.terms.last == ")" else { return nil }
        var depth = 0
        for k in stride(from: line.terms.count - 1, through: 0, by: -1) {
            if line.terms[k] == ")" { depth += 1 }
            if line.terms[k] == "(" {
                depth -= 1
                if depth == 0 { return k > 0 ? k : nil }
            }
        }
        return nil
    }
}

extension String {
    /// The string without leading and trailing spaces and line breaks.
    var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
