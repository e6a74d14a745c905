import KhabarText

/// The passages step of the link stage: which stretches of text each new document shares with earlier ones
/// (or prints twice), each passage stored once with every place it occurs.
///
/// Which documents a new one is aligned with is bounded:
/// - an exact copy is aligned with nothing (it shares everything; its duplicate record says so);
/// - a near copy is aligned with its group's first article;
/// - documents sharing a long sentence with it are gathered by group (a group counts as its first article)
///   and taken greedily, the one covering most of its not yet covered shared sentences first, up to
///   ``partners`` alignments.
/// Only the first articles of groups are filed under their sentence keys, and a key holds at most
/// ``sentenceCapacity`` documents, so a wire story reprinted by hundreds of outlets costs each reprint one
/// alignment, with its group's first article. A passage found with a partner joins the partner's passage
/// that covers the same words (half of the shorter range or more), so a chain of copies is one passage.
public struct PassageLinker: Sendable {
    /// The aligner.
    public var finder: PassageFinder
    /// Documents filed under one sentence key at most.
    public var sentenceCapacity: Int
    /// Alignments per new document at most.
    public var partners: Int

    /// A linker with the given settings.
    public init(finder: PassageFinder = PassageFinder(), sentenceCapacity: Int = 16, partners: Int = 8) {
        self.finder = finder
        self.sentenceCapacity = max(1, sentenceCapacity)
        self.partners = max(1, partners)
    }

    /// What changes passages: a change means linking everything again.
    public var settings: String {
        "passage=\(finder.seedWords)/\(finder.minimumWords)/\(finder.maximumGap)/\(PassageFinder.sentenceWords) "
            + "sentences=\(sentenceCapacity) partners=\(partners)"
    }

    /// The sentence keys each batch document is filed under: a group's first article only, while the key holds
    /// fewer than ``sentenceCapacity`` documents.
    func filedKeys(
        _ batch: [AnalyzedDocument], _ candidates: LinkCandidates, _ decisions: [DuplicateDecision?]
    ) -> [[UInt64]] {
        var counts: [UInt64: Int] = [:]
        return batch.indices.map { index in
            guard decisions[index] == nil, !batch[index].document.text.isEmpty else { return [] }
            var filed: [UInt64] = []
            for key in batch[index].passageText.sentenceKeys {
                let taken = (candidates.sentences[key]?.count ?? 0) + counts[key, default: 0]
                if taken < sentenceCapacity {
                    filed.append(key)
                    counts[key, default: 0] += 1
                }
            }
            return filed
        }
    }

    /// The alignment partners of every batch document, in the order they are aligned.
    func partners(
        _ batch: [AnalyzedDocument], _ candidates: LinkCandidates, _ decisions: [DuplicateDecision?]
    ) -> [[LinkMate]] {
        let filed = filedKeys(batch, candidates, decisions)
        var batchSentences: [UInt64: [Int]] = [:]
        var result: [[LinkMate]] = []
        for (index, analyzed) in batch.enumerated() {
            defer { for key in filed[index] { batchSentences[key, default: []].append(index) } }
            guard !analyzed.document.text.isEmpty else {
                result.append([])
                continue
            }
            var chosen: [LinkMate] = []
            if let decision = decisions[index] {
                guard decision.kind == .near else {
                    result.append([])
                    continue
                }
                chosen.append(decision.group)
            }
            let own: LinkMate = .batch(index)
            func group(_ mate: LinkMate) -> LinkMate {
                switch mate {
                case .stored(let id): .stored(candidates.group(of: id))
                case .batch(let other): decisions[other]?.group ?? mate
                }
            }
            var coverage: [LinkMate: Set<UInt64>] = [:]
            for key in analyzed.passageText.sentenceKeys {
                for id in candidates.sentences[key] ?? [] { coverage[group(.stored(id)), default: []].insert(key) }
                for other in batchSentences[key] ?? [] { coverage[group(.batch(other)), default: []].insert(key) }
            }
            coverage[own] = nil
            if let decision = decisions[index] { coverage[decision.group] = nil }
            var covered = Set<UInt64>()
            while chosen.count < partners {
                var best: (mate: LinkMate, gain: Int)?
                for (mate, keys) in coverage {
                    let gain = keys.subtracting(covered).count
                    guard gain > 0 else { continue }
                    if let current = best, gain < current.gain || (gain == current.gain && current.mate < mate) {
                        continue
                    }
                    best = (mate, gain)
                }
                guard let best else { break }
                chosen.append(best.mate)
                covered.formUnion(coverage[best.mate] ?? [])
                coverage[best.mate] = nil
            }
            result.append(chosen)
        }
        return result
    }

    /// The stored documents whose texts the alignments need.
    public func textsNeeded(
        _ batch: [AnalyzedDocument], _ candidates: LinkCandidates, _ decisions: [DuplicateDecision?]
    ) -> [String] {
        var ids = Set<String>()
        for mates in partners(batch, candidates, decisions) {
            for case .stored(let id) in mates { ids.insert(id) }
        }
        return ids.sorted()
    }

    /// What the passages step found for a batch.
    public struct Found: Sendable {
        /// New passages, with their occurrences in the order found.
        public var passages: [PassageRecord] = []
        /// Occurrences added to stored passages, by passage id.
        public var occurrences: [String: [PassageRecord.Occurrence]] = [:]
        /// The sentence keys each batch document is filed under.
        public var sentenceKeys: [[UInt64]] = []
    }

    /// Aligns every batch document with its partners and files what they share.
    ///
    /// - Parameter texts: the stored documents ``textsNeeded(_:_:_:)`` named (and others already prepared),
    ///   with their passage anchors, which take in the passages found here.
    func link(
        _ batch: [AnalyzedDocument], _ candidates: LinkCandidates, _ decisions: [DuplicateDecision?],
        texts: inout [String: PreparedText]
    ) -> Found {
        var found = Found()
        found.sentenceKeys = filedKeys(batch, candidates, decisions)
        let plan = partners(batch, candidates, decisions)
        var anchors: [String: [PassageAnchor]] = [:]  // of the batch's documents
        func anchored(_ id: String) -> [PassageAnchor] { texts[id]?.anchors ?? anchors[id] ?? [] }
        func anchor(_ new: PassageAnchor, in id: String) {
            if texts[id] != nil {
                texts[id]?.anchors.append(new)
            } else {
                anchors[id, default: []].append(new)
            }
        }
        var building: [String: Int] = [:]  // new passage id → index in found.passages' builders
        var builders: [(id: String, text: String, words: Int, occurrences: [PassageRecord.Occurrence])] = []
        func add(_ occurrence: PassageRecord.Occurrence, to passage: String) {
            if let index = building[passage] {
                guard !builders[index].occurrences.contains(where: { $0.document == occurrence.document }) else {
                    return
                }
                builders[index].occurrences.append(occurrence)
            } else {
                guard !(found.occurrences[passage] ?? []).contains(where: { $0.document == occurrence.document })
                else { return }
                found.occurrences[passage, default: []].append(occurrence)
            }
            anchor(
                PassageAnchor(passage: passage, start: occurrence.start, end: occurrence.end), in: occurrence.document)
        }
        for (index, analyzed) in batch.enumerated() {
            let document = analyzed.document
            for mate in plan[index] {
                let partnerID: String
                let partnerText: PassageText
                let partnerScalars: ArraySlice<Unicode.Scalar>
                switch mate {
                case .stored(let id):
                    guard let stored = texts[id] else { continue }
                    partnerID = id
                    partnerText = stored.text
                    partnerScalars = stored.scalars[...]
                case .batch(let other):
                    partnerID = batch[other].document.id
                    partnerText = batch[other].passageText
                    partnerScalars = batch[other].text.canonical.scalars[...]
                }
                for shared in finder.shared(partnerText, analyzed.passageText) {
                    let mine = PassageRecord.Occurrence(
                        document: document.id, start: shared.secondRange.lowerBound, end: shared.secondRange.upperBound,
                        kind: shared.kind, similarity: shared.similarity)
                    if let found = Self.anchor(covering: shared.firstRange, in: anchored(partnerID)) {
                        add(mine, to: found.passage)
                        continue
                    }
                    let id = Self.passageID(partnerID, shared.firstRange)
                    building[id] = builders.count
                    let range = shared.firstRange.clamped(to: 0..<partnerScalars.count)
                    builders.append(
                        (
                            id, String.fromScalars(partnerScalars[range]), shared.words,
                            [
                                PassageRecord.Occurrence(
                                    document: partnerID, start: shared.firstRange.lowerBound,
                                    end: shared.firstRange.upperBound)
                            ]
                        ))
                    anchor(
                        PassageAnchor(
                            passage: id, start: shared.firstRange.lowerBound, end: shared.firstRange.upperBound),
                        in: partnerID)
                    add(mine, to: id)
                }
            }
            // Passages the document prints twice.
            for repeated in finder.repeated(in: analyzed.passageText) {
                let id = Self.passageID(document.id, repeated.firstRange, repeat: true)
                let scalars = analyzed.text.canonical.scalars
                builders.append(
                    (
                        id, String.fromScalars(scalars[repeated.firstRange.clamped(to: 0..<scalars.count)]),
                        repeated.words,
                        [
                            PassageRecord.Occurrence(
                                document: document.id, start: repeated.firstRange.lowerBound,
                                end: repeated.firstRange.upperBound),
                            PassageRecord.Occurrence(
                                document: document.id, start: repeated.secondRange.lowerBound,
                                end: repeated.secondRange.upperBound, kind: repeated.kind,
                                similarity: repeated.similarity),
                        ]
                    ))
                building[id] = builders.count - 1
            }
            for piece in Self.removedRepeats(of: document) {
                building[piece.id] = builders.count
                builders.append((piece.id, piece.text, piece.words, piece.locations))
            }
        }
        found.passages = builders.map {
            PassageRecord(id: $0.id, text: $0.text, words: $0.words, first: nil, occurrences: $0.occurrences)
        }
        return found
    }

    /// The stored passage whose occurrence covers the same words as `range`: the overlap is at least half the
    /// shorter of the two. Of several, the widest overlap, then the earliest start, then the smallest id: the
    /// choice never depends on the order the anchors were loaded or found in.
    static func anchor(covering range: Range<Int>, in anchors: [PassageAnchor]) -> PassageAnchor? {
        var best: (anchor: PassageAnchor, overlap: Int)?
        for anchor in anchors {
            let overlap = min(range.upperBound, anchor.end) - max(range.lowerBound, anchor.start)
            let shorter = min(range.count, anchor.end - anchor.start)
            guard overlap > 0, overlap * 2 >= shorter else { continue }
            if let current = best {
                guard
                    (overlap, -anchor.start) > (current.overlap, -current.anchor.start)
                        || ((overlap, anchor.start) == (current.overlap, current.anchor.start)
                            && anchor.passage < current.anchor.passage)
                else { continue }
            }
            best = (anchor, overlap)
        }
        return best?.anchor
    }

    /// A passage's id: where it was first found.
    static func passageID(_ document: String, _ range: Range<Int>, repeat repeated: Bool = false) -> String {
        let kind = repeated ? "repeat" : "passage"
        return StableHash.hex(StableHash.hash("\(kind) \(document) \(range.lowerBound) \(range.upperBound)"))
    }

    /// Paragraphs the cleaner removed as repeats of another paragraph of the same article, as passages: the
    /// kept copy's range is in the cleaned text, the removed copy's in the original.
    static func removedRepeats(of document: Document) -> [PassageRecord] {
        guard document.removed.contains(where: { $0.reason == .repeated }) else { return [] }
        let text = Array(document.text.unicodeScalars)
        return document.removed.compactMap { piece -> PassageRecord? in
            guard piece.reason == .repeated else { return nil }
            let kept = Normalizer.canonicalScalars(piece.text)
            guard !kept.isEmpty, kept.count <= text.count else { return nil }
            // The kept copy is a whole paragraph: look at paragraph starts only.
            var start: Int?
            var lineStart = 0
            while lineStart + kept.count <= text.count {
                if text[lineStart..<(lineStart + kept.count)].elementsEqual(kept) {
                    start = lineStart
                    break
                }
                guard let newline = text[lineStart...].firstIndex(of: "\n") else { break }
                lineStart = newline + 1
            }
            guard let start else { return nil }
            return PassageRecord(
                id: passageID(document.id, piece.start..<piece.end, repeat: true), text: piece.text,
                words: WordTerms.of(piece.text).count, first: nil,
                occurrences: [
                    PassageRecord.Occurrence(document: document.id, start: start, end: start + kept.count),
                    PassageRecord.Occurrence(
                        document: document.id, start: piece.start, end: piece.end, removed: true),
                ])
        }
    }
}
