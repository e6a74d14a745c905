import KhabarText

/// Step 1: whole lines of page furniture.
extension CleaningWork {
    static let dashes: Set<Term> = ["—", "–", "-", "―", "~"]
    static let labelSeparators: Set<Term> = [":", "-", "–", "—", "|", ","]
    static let creditMarks: Set<Term> = ["-", "–", "|", "(", "/"]
    static let devanagariCom = MatchKey.of(".कॉम")

    mutating func removeFurniture() {
        for index in lines.indices {
            guard let (reason, detail) = furniture(lines[index]) else { continue }
            cut(index, reason, detail)
            if (reason == .timestamp || reason == .byline) && published == nil {
                published = stampDate(lines[index])  // a stamp is the publication date when the input gave none
            }
        }
        pullEmbedTexts()
        pullRelatedHeadlines()
    }

    /// The reason a whole line is furniture, if it is.
    func furniture(_ line: ArticleLine) -> (RemovalReason, String?)? {
        if isEmbed(line) { return (.socialEmbed, nil) }
        if let stamp = stamp(line, line.tokens.indices) {
            return (.timestamp, stamp.map { "publication date \($0.iso)" })
        }
        if isHashtagLine(line) {
            let stripped = (matraRatio(line.range) ?? 1) < 0.12
            return (.hashtags, stripped ? "vowel signs stripped" : nil)
        }
        if isWidget(line) { return (.widget, nil) }
        if isRelatedLink(line) { return (.relatedLink, nil) }
        if isDisclaimer(line) { return (.disclaimer, nil) }
        if let credit = bylineKind(line) { return (.byline, credit) }
        if let garbled = garbledKind(line) { return (.garbled, garbled) }
        return nil
    }

    /// When the tokens `range` of a line are nothing but a date/time stamp, the date they give (`.some(nil)`
    /// for a bare time). Long lines are not read at all.
    func stamp(_ line: ArticleLine, _ range: Range<Int>) -> PublicationDate?? {
        guard range.count <= 24, line.tokens[range].contains(where: { $0.kind == .number }) else { return nil }
        let numbers = range.map { line.tokens[$0].kind == .number ? line.key($0) : "" }
        let tokens = Array(line.tokens[range])
        guard let stamp = TimestampParser.stamp(tokens: tokens, terms: Array(line.terms[range]), numbers: numbers)
        else { return nil }
        return .some(stamp.date)
    }

    /// The date of a stamp line, or of a stamp among the `|`-separated fields of a byline
    /// ("By Meera Iyer | Updated: July 3, 2026 16:05 IST").
    func stampDate(_ line: ArticleLine) -> PublicationDate? {
        var start = 0
        for end in line.terms.indices where line.terms[end] == "|" || end == line.terms.count - 1 {
            let stop = line.terms[end] == "|" ? end : end + 1
            if start < stop, let stamp = stamp(line, start..<stop), let date = stamp { return date }
            start = end + 1
        }
        return nil
    }

    // MARK: Social embeds

    func isEmbed(_ line: ArticleLine) -> Bool {
        if line.wordCount <= 40 && line.containsAny(CleaningLexicon.embedPhrases.list) { return true }
        if isEmbedAttribution(line) { return true }
        return line.tokens.contains { $0.kind == .url && isEmbedURL(text($0.range)) }
            && (line.wordCount <= 60 || line.isMostlyLatin != !devanagariArticle)
    }

    /// "— BRICS News (@BRICSinfo) June 19, 2024": a dash, a name, a handle in brackets, a date.
    func isEmbedAttribution(_ line: ArticleLine) -> Bool {
        guard line.wordCount <= 16, let first = line.terms.first, CleaningWork.dashes.contains(first) else {
            return false
        }
        guard let mention = line.tokens.firstIndex(where: { $0.kind == .mention }) else { return false }
        return mention > 0 && line.terms[mention - 1] == "("
    }

    func isEmbedURL(_ url: String) -> Bool {
        var host = MatchKey.of(url)
        for scheme in ["https://", "http://"] where host.hasPrefix(scheme) { host.removeFirst(scheme.count) }
        if host.hasPrefix("www.") { host.removeFirst(4) }
        let name = host.split(separator: "/", maxSplits: 1).first.map(String.init) ?? host
        return CleaningLexicon.embedHosts.contains(name)
    }

    /// The text of an embedded post sits on the line before its attribution.
    mutating func pullEmbedTexts() {
        for index in lines.indices where lineCuts[index]?.reason == .socialEmbed && isEmbedAttribution(lines[index]) {
            guard index > 0, lineCuts[index - 1] == nil else { continue }
            let previous = lines[index - 1]
            let marked = previous.tokens.contains { $0.kind == .url || $0.kind == .mention || $0.kind == .hashtag }
            let otherScript = devanagariArticle && previous.isMostlyLatin
            if marked || otherScript { cut(index - 1, .socialEmbed, "the post's text") }
        }
    }

    // MARK: Widgets

    func isWidget(_ line: ArticleLine) -> Bool {
        if line.wordCount <= 12 && line.containsAny(CleaningLexicon.reactionPrompts.list) { return true }
        // A line of nothing but platform, share and reaction words and counts.
        let words = line.tokens.indices.filter { line.tokens[$0].isWordLike }
        if !words.isEmpty && words.count <= 20 {
            var widgetWords = 0
            let onlyWidgets = words.allSatisfy { k in
                if line.tokens[k].kind == .number { return true }
                guard CleaningLexicon.widgetWords.contains(line.terms[k]) || isGluedWidget(line, k) else {
                    return false
                }
                widgetWords += 1
                return true
            }
            if onlyWidgets && widgetWords >= 1 { return true }
        }
        return isCallToAction(line)
    }

    /// "facebooktwitteremail": platform names glued together.
    func isGluedWidget(_ line: ArticleLine, _ k: Int) -> Bool {
        let token = line.tokens[k]
        guard token.flags.contains(.latin), !token.flags.contains(.devanagari), token.end - token.start >= 7 else {
            return false
        }
        var rest = Substring(line.key(k))
        var parts = 0
        while !rest.isEmpty {
            guard let part = CleaningLexicon.gluedWidgetWords.first(where: { rest.utf8.starts(with: $0.utf8) }) else {
                return false
            }
            rest = rest.dropFirst(part.count)
            parts += 1
        }
        return parts >= 2
    }

    /// "ताजा खबरों के लिए हमें फेसबुक पर फॉलो करें": an imperative, an action noun and the outlet's voice,
    /// in a short line that reports no one's words.
    func isCallToAction(_ line: ArticleLine) -> Bool {
        guard line.tokens.count <= 50 else { return false }
        let set = Set(line.wordTerms)
        guard set.count <= 35, !set.isDisjoint(with: CleaningLexicon.imperatives),
            !set.isDisjoint(with: CleaningLexicon.actionNouns), !set.isDisjoint(with: CleaningLexicon.outletVoice)
        else { return false }
        return set.isDisjoint(with: CleaningLexicon.reportingWords)
    }

    // MARK: Links, credits, disclaimers

    func isRelatedLink(_ line: ArticleLine) -> Bool {
        let first = line.firstWordPosition
        if line.startsWithAny(CleaningLexicon.relatedOpeners.list) != nil { return line.wordCount <= 40 }
        guard let word = line.term(first), CleaningLexicon.relatedSingleWords.contains(word) else { return false }
        let separated = line.term(first + 1).map { CleaningWork.labelSeparators.contains($0) } == true
        return separated && line.wordCount <= 40
    }

    /// A "read also" label alone on its line takes the headline on the next line with it.
    mutating func pullRelatedHeadlines() {
        for index in lines.indices where lineCuts[index]?.reason == .relatedLink && lines[index].wordCount <= 4 {
            let next = index + 1
            guard next < lines.count, lineCuts[next] == nil, isHeadlineShaped(lines[next]) else { continue }
            cut(next, .relatedLink, "the linked headline")
        }
    }

    /// A line that is a disclaimer or an advertisement label. A disclaimer in brackets after prose is left
    /// to ``stripTrailingSpans()``, which removes the bracket only.
    func isDisclaimer(_ line: ArticleLine) -> Bool {
        if line.wordCount <= 3 && !Set(line.wordTerms).isDisjoint(with: CleaningLexicon.adWords) { return true }
        guard line.wordCount <= 40, line.containsAny(CleaningLexicon.disclaimerPhrases.list) else { return false }
        if let open = trailingBracketStart(line), line.tokens[..<open].filter(\.isWordLike).count >= 3 {
            return false
        }
        return true
    }

    /// "Edited By … | site | Updated: …", "(इनपुट: एजेंसी)", "- फोटो : पीटीआई": the kind of credit, if any.
    func bylineKind(_ line: ArticleLine) -> String? {
        guard line.wordCount <= 30 else { return nil }
        // "By Meera Iyer | …" or "By Meera Iyer": a name after "By", then a bar or the end of the line.
        if line.terms.first == "by", line.wordCount <= 16 {
            let name = line.tokens.dropFirst().prefix { $0.kind == .word }
            let next = 1 + name.count
            if (1...4).contains(name.count) && (next == line.terms.count || line.terms[next] == "|") { return "credit" }
        }
        if let opener = line.startsWithAny(CleaningLexicon.bylineOpeners.list) {
            let next = line.term(line.firstWordPosition + opener.count)
            if next.map({ CleaningWork.labelSeparators.contains($0) }) == true || opener.count > 1 { return "credit" }
        }
        // A whole line in brackets that credits an input or source: "(इनपुट: एजेंसी)".
        if line.terms.first == "(" && line.terms.last == ")" && line.wordCount <= 12,
            let opener = line.term(1), CleaningLexicon.creditOpeners.contains(opener)
        {
            return "input credit"
        }
        // "caption - फोटो : PTI"
        if line.wordCount <= 20, let photo = line.terms.firstIndex(where: { CleaningLexicon.photoWords.contains($0) }),
            let before = line.term(photo - 1), CleaningWork.creditMarks.contains(before),
            line.term(photo + 1).map({ $0 == ":" || $0 == "-" }) == true || before == "("
        {
            return "photo credit"
        }
        // "… | नवभारतटाइम्स.कॉम | …": bar-separated short fields with a web address or a desk.
        if line.wordCount <= 16 && line.terms.contains("|") {
            let desk =
                line.terms.contains("डेस्क") || line.terms.contains("desk")
                || line.tokens.indices.contains { k in
                    guard line.tokens[k].kind == .word, line.tokens[k].end - line.tokens[k].start > 4 else {
                        return false
                    }
                    let key = line.key(k).unicodeScalars
                    return key.reversed().starts(with: ".com".unicodeScalars.reversed())
                        || key.reversed().starts(with: CleaningWork.devanagariCom.unicodeScalars.reversed())
                }
            if desk { return "credit" }
        }
        return nil
    }

    // MARK: Hashtags and garbled text

    /// A line of at least two hashtags that make up most of its words.
    func isHashtagLine(_ line: ArticleLine) -> Bool {
        let hashtags = line.tokens.filter { $0.kind == .hashtag }.count
        let words = line.tokens.filter { $0.isWordLike || $0.kind == .hashtag }.count
        return hashtags >= 2 && hashtags * 10 >= words * 6
    }

    /// Vowel signs per consonant in a range of Devanagari text, when it has enough consonants to tell.
    func matraRatio(_ range: Range<Int>) -> Double? {
        var consonants = 0
        var signs = 0
        for k in range {
            let v = canonical.scalars[k].value
            if Devanagari.isConsonant(v) {
                consonants += 1
            } else if Devanagari.isVowelSign(v) || v == Devanagari.anusvara || v == Devanagari.chandrabindu {
                signs += 1
            }
        }
        return consonants >= 12 ? Double(signs) / Double(consonants) : nil
    }

    /// Why a line is garbled, if it is: replacement characters, UTF-8 read as Latin-1, stripped vowel signs.
    func garbledKind(_ line: ArticleLine) -> String? {
        var replacement = 0
        var mojibake = 0
        var previous: UInt32 = 0
        for k in line.range {
            let v = canonical.scalars[k].value
            if v == 0xFFFD { replacement += 1 }
            // Devanagari bytes E0 A4/A5 … read as Latin-1 show as "à¤"/"à¥"; punctuation E2 80 … as "â€".
            if (previous == 0xE0 || previous == 0xE2 || previous == 0xC3 || previous == 0xC2) && v &- 0x80 < 0x40 {
                mojibake += 1
            }
            previous = v
        }
        let length = max(line.length, 1)
        if replacement * 10 >= length || (replacement >= 3 && replacement * 20 >= length) {
            return "replacement characters"
        }
        if mojibake >= 3 && mojibake * 8 >= length { return "UTF-8 read as Latin-1" }
        if let ratio = matraRatio(line.range), ratio < 0.12, line.wordCount >= 4 { return "vowel signs stripped" }
        return nil
    }

    /// A short line without sentence punctuation: a headline, subhead or link title.
    func isHeadlineShaped(_ line: ArticleLine) -> Bool {
        guard line.wordCount >= 2, line.wordCount <= 30, line.length <= 250 else { return false }
        for (k, term) in line.terms.enumerated() {
            if term == "।" || term == "॥" { return false }
            if term == "." && k < line.terms.count - 1 && line.tokens[k + 1].isWordLike { return false }
        }
        return line.terms.last != "."
    }
}
