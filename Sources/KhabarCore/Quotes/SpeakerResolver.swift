import KhabarText

/// Links quote drafts to the mentions they name and resolves pronoun speakers.
///
/// A speaker phrase names the last person mention it holds (else its last mention of any type). A pronoun
/// speaker (`उन्होंने`, `उनका`, `he`) refers to the latest *subject-position* person before it: a person
/// mention followed by ने (or `का कहना`, `said`), a person mention heading the noun phrase that opens its
/// sentence, or the person of the previous quote. A gendered verb (`बोलीं`, `कहती`) or pronoun (`she`) skips candidates known to be of the
/// other gender; a candidate's gender comes from a title before one of its mentions (`श्रीमती`, `Mr`) or
/// from a gendered verb of its own quotes, pooled over its entity.
///
/// Complexity: O(q + m log t) for q drafts, m mentions and t tokens.
struct SpeakerResolver {
    let scan: QuoteScan
    let mentions: [QuoteExtractor.Mention]
    /// Mention indices in text order.
    let order: [Int]
    /// The gender known for each mention (by title, or pooled over its entity).
    var gender: [SpeakerGender?]

    /// A person a pronoun may refer to.
    private struct Candidate {
        var mention: Int
        var position: Int
    }

    init(scan: QuoteScan, mentions: [QuoteExtractor.Mention]) {
        self.scan = scan
        let valid = mentions.indices.filter {
            mentions[$0].range.lowerBound >= 0 && mentions[$0].range.upperBound <= scan.scalars.count
                && !mentions[$0].range.isEmpty
        }
        self.mentions = mentions
        order = valid.sorted { mentions[$0].range.lowerBound < mentions[$1].range.lowerBound }
        gender = [SpeakerGender?](repeating: nil, count: mentions.count)
        for index in order where mentions[index].type == .person {
            let first = tokenIndex(at: mentions[index].range.lowerBound)
            for k in [first - 1, first] where k >= 0 {
                if scan.has(k, .feminineTitle) { gender[index] = .feminine }
                if scan.has(k, .masculineTitle) { gender[index] = .masculine }
            }
        }
    }

    /// The index of the token holding (or first after) scalar offset `offset`.
    func tokenIndex(at offset: Int) -> Int {
        var low = 0
        var high = scan.tokens.count
        while low < high {
            let mid = (low + high) / 2
            if scan.tokens[mid].end <= offset { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// Whether the person mention `index` stands in subject position.
    func isSubject(_ index: Int) -> Bool {
        let range = mentions[index].range
        let first = tokenIndex(at: range.lowerBound)
        var after = tokenIndex(at: range.upperBound)
        guard first < scan.tokens.count else { return false }
        if scan.has(after, .openBracket) {  // a gloss: स्वास्थ्य मंत्री (Health Minister) ने
            var m = after + 1
            while m < scan.tokens.count && m - after < 8 && !scan.has(m, .closeBracket) { m += 1 }
            after = m + 1
        }
        if scan.has(after, [.ergative, .englishVerb]) || scan.has(after, .kahna) { return true }
        if scan.has(after, .genitive) && scan.has(after + 1, .kahna) { return true }
        let last = tokenIndex(at: range.upperBound - 1)
        if scan.has(last + 1, [.postposition, .genitive, .possessivePronoun]) {
            return false  // oblique (`अनिल कपूर से`) or a possessor (`प्रिया की कार`)
        }
        // Opening its sentence, or heading the noun phrase that does: `दिल्ली निवासी प्रिया मेहता …`.
        let start = scan.sentenceStart(first)
        return first == start || scan.phraseLeft(endingBefore: last + 1)?.lowerBound == start
    }

    /// The mention a speaker phrase names: its last person mention, else its last mention.
    func mention(in range: Range<Int>) -> Int? {
        var low = 0
        var high = order.count
        while low < high {
            let mid = (low + high) / 2
            if mentions[order[mid]].range.lowerBound < range.lowerBound { low = mid + 1 } else { high = mid }
        }
        var person: Int? = nil
        var any: Int? = nil
        var i = low
        while i < order.count && mentions[order[i]].range.lowerBound < range.upperBound {
            let index = order[i]
            if mentions[index].range.upperBound <= range.upperBound {
                any = index
                if mentions[index].type == .person { person = index }
            }
            i += 1
        }
        if person == nil && any == nil, low > 0 {
            // A mention that starts before the phrase and reaches into it (the walk stopped inside a name).
            let index = order[low - 1]
            if mentions[index].range.upperBound > range.lowerBound { return index }
        }
        return person ?? any
    }

    /// The entity a title-only speaker phrase (`सीएम`, `संयुक्त सचिव`, `मंडलायुक्त`, `एजेंसी`, `मंत्रालय`) stands
    /// for: the mention the article writes right after the same title word, or an organisation's name ending
    /// in that word; the latest before `position`, else the first after it.
    func titled(_ speaker: Range<Int>, before position: Int) -> Int? {
        guard speaker.count <= 3, let last = speaker.last, last < scan.tokens.count, scan.tokens[last].isWordLike
        else { return nil }
        let title = Self.titleKey(scan.scalars[scan.tokens[last].range])
        var before: Int?
        var after: Int?
        for index in order {
            let first = tokenIndex(at: mentions[index].range.lowerBound)
            let end = tokenIndex(at: mentions[index].range.upperBound - 1)
            // Introduced by the title (मुख्यमंत्री योगी, समाचार एजेंसी शिन्हुआ), or an organisation named by
            // the head word (मंत्रालय: स्वास्थ्य मंत्रालय).
            let introduced =
                first > 0 && first - 1 != last && scan.tokens[first - 1].isWordLike
                && Self.titleKey(scan.scalars[scan.tokens[first - 1].range]) == title
            let headed =
                mentions[index].type == .organization && end > first && end < scan.tokens.count
                && Self.titleKey(scan.scalars[scan.tokens[end].range]) == title
            guard introduced || headed, !(first...end).contains(last) else { continue }
            if mentions[index].range.lowerBound < position {
                before = index
            } else if after == nil {
                after = index
            }
        }
        return before ?? after
    }

    /// The person holding the office a speaker phrase names after a place or an organisation
    /// (`मॉस्को के मेयर`, `पंजाब के स्वास्थ्य मंत्री`): the one the article introduces with that title, not
    /// the place; nil when the phrase is not of that shape or the article names nobody so.
    func officeHolder(_ speaker: Range<Int>, before position: Int) -> Int? {
        guard speaker.count >= 3, let owner = mention(in: scan.scalarRange(speaker)),
            mentions[owner].type != .person
        else { return nil }
        let end = tokenIndex(at: mentions[owner].range.upperBound - 1)
        guard end + 1 < speaker.upperBound - 1, scan.has(end + 1, .genitive) else { return nil }
        let office = (end + 2)..<speaker.upperBound
        guard let holder = titled(office, before: position), mentions[holder].type == .person else { return nil }
        return holder
    }

    /// Whether a place mention only owns the speaker phrase's head (`वुहान के हेल्थ कमिशन`, `पंजाब के
    /// मुख्यमंत्री`): the place said nothing; the phrase is the speaker as written.
    func isPossessor(_ index: Int, of speaker: Range<Int>) -> Bool {
        guard mentions[index].type == .place else { return false }
        let end = tokenIndex(at: mentions[index].range.upperBound - 1)
        return end + 2 < speaker.upperBound && scan.has(end + 1, .genitive)
    }

    /// The organisation a locative pronoun speaker stands for (`इसमें कहा गया है कि`: in its statement): the
    /// latest organisation the text names before the quote, in its paragraph or the one before.
    func source(_ speaker: Range<Int>, before position: Int) -> Int? {
        guard speaker.count == 1, scan.has(speaker.lowerBound, .locative),
            !scan.has(speaker.lowerBound, .postposition)
        else { return nil }
        let start = scan.tokens[speaker.lowerBound].start
        let paragraph = scan.paragraphOf[speaker.lowerBound]
        guard
            let found = order.last(where: {
                mentions[$0].type == .organization && mentions[$0].range.upperBound <= start
            })
        else { return nil }
        // Only an organisation of this paragraph or the one before.
        let at = tokenIndex(at: mentions[found].range.lowerBound)
        return at < scan.tokens.count && paragraph - scan.paragraphOf[at] <= 1 ? found : nil
    }

    /// A title word as compared: its match key, the same for a title's abbreviation (सीएम = मुख्यमंत्री).
    static func titleKey(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        let key = MatchKey.of(canonical: scalars)
        return titleAbbreviations[key] ?? key
    }

    /// Abbreviated titles → the title written out.
    static let titleAbbreviations: [String: String] = {
        var table: [String: String] = [:]
        for (short, long) in [
            ("सीएम", "मुख्यमंत्री"), ("पीएम", "प्रधानमंत्री"), ("डीएम", "जिलाधिकारी"), ("जिलाधीश", "जिलाधिकारी"),
            ("एसपी", "पुलिस अधीक्षक"), ("सीएमओ", "मुख्य चिकित्सा अधिकारी"), ("उपमुख्यमंत्री", "मुख्यमंत्री"),
            ("डीजीपी", "पुलिस महानिदेशक"), ("प्रेसिडेंट", "राष्ट्रपति"),
        ] {
            table[MatchKey.of(short)] = MatchKey.of(long)
        }
        return table
    }()

    /// Resolves every draft's speaker in place and drops unframed quotes that neither continue a quote nor
    /// are long enough to stand alone.
    mutating func resolve(_ drafts: inout [QuoteDraft], continuationParagraphs: Int, minimumWords: Int) {
        // Scalar ranges and the mentions speaker phrases hold; gender evidence from gendered verbs.
        for d in drafts.indices {
            if let speaker = drafts[d].speaker { drafts[d].speakerScalars = scan.scalarRange(speaker) }
            if let cue = drafts[d].cue { drafts[d].cueScalars = scan.scalarRange(cue) }
            guard let speaker = drafts[d].speaker, let scalars = drafts[d].speakerScalars, !isPronoun(speaker),
                let found = officeHolder(speaker, before: drafts[d].range.lowerBound)
                    ?? mention(in: scalars).flatMap({ isPossessor($0, of: speaker) ? nil : $0 })
                    ?? titled(speaker, before: drafts[d].range.lowerBound)
                    ?? source(speaker, before: drafts[d].range.lowerBound)
            else { continue }
            if !scalars.contains(mentions[found].range.lowerBound) {
                // A title standing for the person the article introduced with it.
                drafts[d].speakerMention = found
                drafts[d].antecedent = mentions[found].range
                continue
            }
            drafts[d].speakerMention = found
            let range = mentions[found].range
            if range.lowerBound < scalars.lowerBound {
                drafts[d].speakerScalars = range.lowerBound..<scalars.upperBound
            }
            if let verbGender = drafts[d].gender, mentions[found].type == .person { gender[found] = verbGender }
        }
        poolGenderByEntity()
        // Drafts in the order their speakers appear (a speaker may follow its quote: “…”, उन्होंने कहा).
        let sequence = drafts.indices.sorted { anchor(drafts[$0]) < anchor(drafts[$1]) }
        var candidates: [Candidate] = []
        var nextMention = 0
        var lastPhrase: Range<Int>? = nil
        var nextFrame = 0
        var previous: Int? = nil
        for d in sequence {
            let position = anchor(drafts[d])
            // Without mentions, a pronoun refers to the latest speaker phrase of any frame before it.
            while nextFrame < scan.frames.count, scan.frames[nextFrame].first < scan.tokens.count,
                scan.tokens[scan.frames[nextFrame].first].start < position
            {
                if let speaker = scan.frames[nextFrame].speaker, !isPronoun(speaker) {
                    lastPhrase = scan.scalarRange(speaker)
                }
                nextFrame += 1
            }
            while nextMention < order.count && mentions[order[nextMention]].range.lowerBound < position {
                let index = order[nextMention]
                if mentions[index].type == .person && isSubject(index) {
                    push(&candidates, Candidate(mention: index, position: mentions[index].range.lowerBound))
                }
                nextMention += 1
            }
            if drafts[d].attribution == .unframed {
                if let p = previous, drafts[d].standsAlone, drafts[d].words >= 3,
                    drafts[d].paragraphs.lowerBound - drafts[p].paragraphs.upperBound <= continuationParagraphs,
                    drafts[p].speakerScalars != nil || drafts[p].antecedent != nil
                {
                    drafts[d].speakerMention = drafts[p].speakerMention
                    drafts[d].antecedent = drafts[p].antecedent ?? drafts[p].speakerScalars
                    previous = d
                } else if drafts[d].words < minimumWords || drafts[d].isOpen {
                    drafts[d].keep = false
                }
                continue
            }
            guard drafts[d].keep, let speaker = drafts[d].speaker else { continue }
            if isPronoun(speaker) {
                var wanted = drafts[d].gender
                if scan.has(speaker.lowerBound, .feminine) { wanted = .feminine }
                if scan.has(speaker.lowerBound, .masculine) && wanted == nil { wanted = .masculine }
                if let found = candidates.last(where: { wanted == nil || gender[$0.mention] != opposite(wanted) }) {
                    drafts[d].speakerMention = found.mention
                    drafts[d].antecedent = mentions[found.mention].range
                    push(&candidates, Candidate(mention: found.mention, position: position))
                } else if let lastPhrase {
                    drafts[d].antecedent = lastPhrase
                }
            } else {
                lastPhrase = drafts[d].speakerScalars
                if let found = drafts[d].speakerMention, mentions[found].type == .person {
                    push(&candidates, Candidate(mention: found, position: position))
                }
            }
            if drafts[d].keep { previous = d }
        }
    }

    private func opposite(_ gender: SpeakerGender?) -> SpeakerGender? {
        switch gender {
        case .feminine: .masculine
        case .masculine: .feminine
        case nil: nil
        }
    }

    /// Adds a candidate as the most recent, keeping the last eight.
    private func push(_ candidates: inout [Candidate], _ candidate: Candidate) {
        candidates.removeAll { $0.mention == candidate.mention }
        candidates.append(candidate)
        if candidates.count > 8 { candidates.removeFirst() }
    }

    /// Gives every mention of an entity the gender one of its mentions has.
    private mutating func poolGenderByEntity() {
        var byEntity: [Int: SpeakerGender] = [:]
        for index in order {
            if let entity = mentions[index].entity, let known = gender[index] { byEntity[entity] = known }
        }
        guard !byEntity.isEmpty else { return }
        for index in order where gender[index] == nil {
            if let entity = mentions[index].entity { gender[index] = byEntity[entity] }
        }
    }

    /// Where a draft's speaker is read: the speaker phrase, else the quote.
    private func anchor(_ draft: QuoteDraft) -> Int { draft.speakerScalars?.lowerBound ?? draft.range.lowerBound }

    /// Whether a speaker phrase is a pronoun that needs an antecedent (उन्होंने, उनका, वह, he).
    func isPronoun(_ speaker: Range<Int>) -> Bool {
        speaker.count == 1 && scan.has(speaker.lowerBound, .anaphor)
    }
}
