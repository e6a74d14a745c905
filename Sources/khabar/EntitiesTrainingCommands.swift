import ArgumentParser
import Foundation
import KhabarCore
import KhabarEvaluation
import KhabarText

/// `khabar train`: makes the models Khabar ships with from the data sets in ../shared/data.
struct TrainCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train Khabar's statistical models.",
        discussion: """
            scripts/train-entities runs this in release mode and writes the model Khabar ships with.

            Example:
              khabar train entities --out Sources/KhabarCore/Resources/hindi-entities.ner
            """,
        subcommands: [TrainEntities.self, TrainStories.self]
    )
}

/// Where the NER corpora are, shared by training and evaluation.
struct EntityCorpusOptions: ParsableArguments {
    @Option(help: "The HiNER folder (validation.collapsed.conll).")
    var hiner = "../shared/data/hiner"

    @Option(name: .customLong("il-ner"), help: "The IL-NER folder (hindi-train.txt, hindi-dev.txt).")
    var ilner = "../shared/data/il-ner"

    @Flag(help: "Hold development sentences out of training (HiNER key hash 1 mod 5, IL-NER train 1 mod 10).")
    var development = false

    func split() throws -> EntityCorpus.Split {
        do {
            return try EntityCorpus.Split(hiner: hiner, ilner: ilner, development: development)
        } catch {
            throw CommandFailure("cannot read the NER corpora in \(hiner) and \(ilner): \(error.localizedDescription)")
        }
    }
}

struct TrainEntities: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "Train the Hindi entity tagger (averaged perceptron) on HiNER and IL-NER.",
        discussion: """
            Trains on HiNER minus its held-out fifth (FNV-1a of the sentence key, 0 mod 5) and on IL-NER
            train, deduplicated; IL-NER dev and the HiNER fifth stay unseen for `khabar eval entities`.
            The same data, epochs and seed give the same file byte for byte.

            Example:
              khabar train entities --out Sources/KhabarCore/Resources/hindi-entities.ner
            """
    )

    @OptionGroup var corpora: EntityCorpusOptions

    @Option(help: "Where to write the model.")
    var out: String

    @Option(help: "English<TAB>Devanagari name pairs whose Devanagari words become the person-name feature.")
    var names = "../shared/data/names-en-hi/pairs.tsv"

    @Option(help: "Passes over the training data.")
    var epochs = 12

    @Option(help: "Drop features whose averaged weights all stay below this.")
    var minimumWeight: Float = 1

    func run() async throws {
        let split = try corpora.split()
        let sentences = split.train.map(EntityCorpus.project)
        Terminal.error(
            "training on \(sentences.count) sentences, \(sentences.reduce(0) { $0 + $1.tokens.count }) tokens")
        let nameList: [String]
        do {
            nameList = try String(contentsOfFile: names, encoding: .utf8).split(separator: "\n").dropFirst().compactMap
            {
                let fields = $0.split(separator: "\t", omittingEmptySubsequences: false)
                return fields.count >= 2 ? String(fields[1]) : nil
            }
        } catch {
            throw CommandFailure("\(names): cannot read the name pairs: \(error.localizedDescription)")
        }
        let personNames = PersonNames.classes(of: nameList)
        Terminal.error("\(personNames.count) person-name words from \(nameList.count) names")
        let trainer = EntityTaggerTrainer(epochs: epochs, minimumWeight: minimumWeight)
        let model = trainer.train(sentences, personNames: personNames) { epoch, accuracy in
            Terminal.error("pass \(epoch): \(String(format: "%.4f", accuracy)) of training tokens tagged right")
        }
        let data = model.serialized()
        do {
            try data.write(to: URL(fileURLWithPath: out))
        } catch {
            throw CommandFailure("\(out): cannot write the model: \(error.localizedDescription)")
        }
        Terminal.error("wrote \(out): \(model.featureCount) features, \(data.count) bytes")
    }
}

struct EntitiesEval: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "Named-entity span F1 (person, place, organisation) on held-out HiNER and IL-NER sentences.",
        discussion: """
            Scores the tagger on data it was not trained on: the HiNER fifth whose sentence-key hash is
            0 mod 5 (also without its templated village stubs), and IL-NER dev minus the sentences that
            also occur in train. A span counts when type and both boundaries match; gold spans are moved
            onto Khabar's tokens and trimmed of edge punctuation first.

            Example:
              khabar eval entities
              khabar eval entities --model /tmp/dev.ner --development
            """
    )

    @OptionGroup var corpora: EntityCorpusOptions

    @Option(help: "A model file instead of the one Khabar ships with.")
    var model: String?

    @Option(help: "Print this many wrong sentences per corpus.")
    var errors = 0

    @Option(help: "Write every sentence's tokens, gold and predicted tags as JSON Lines to this file.")
    var dump: String?

    @Option(
        help:
            "Score the recognizer with these layers (comma-separated: tagger, latin, places, titles, notables, document, all) instead of the tagger alone."
    )
    var layers: String?

    func run() async throws {
        let tagger: EntityTagger
        do {
            tagger = try model.map { try EntityTagger(contentsOf: $0) } ?? EntityTagger.bundled()
        } catch {
            throw CommandFailure("\(error)")
        }
        var recognizer: EntityRecognizer?
        if let layers {
            var chosen: EntityRecognizer.Layers = []
            for name in layers.split(separator: ",") {
                switch name {
                case "tagger": chosen.insert(.tagger)
                case "latin": chosen.insert(.latin)
                case "places": chosen.insert(.places)
                case "titles": chosen.insert(.titles)
                case "notables": chosen.insert(.notables)
                case "document": chosen.insert(.document)
                case "all": chosen.formUnion(.all)
                default:
                    throw CommandFailure(
                        "--layers: unknown layer \(name) (tagger, latin, places, titles, notables, document, all)")
                }
            }
            recognizer = EntityRecognizer(tagger: tagger, layers: chosen)
        }
        let split = try corpora.split()
        var sets: [(String, [EntityCorpus.GoldSentence])] = []
        if corpora.development {
            sets = [("hiner-dev", split.hinerDevelopment), ("il-ner-dev", split.ilDevelopment)]
        } else {
            let template = split.hinerTest.filter { !Self.isVillageStub($0) }
            sets = [
                ("hiner-test", split.hinerTest), ("hiner-test-non-template", template),
                ("il-ner-dev-clean", split.ilTest),
            ]
        }
        var result: [String: Any] = [:]
        var dumped = Data()
        for (name, sentences) in sets {
            var evaluation = EntityEvaluation()
            var shown = 0
            let start = Date()
            var tokens = 0
            for gold in sentences {
                let sentence = EntityCorpus.project(gold)
                let predicted = recognizer.map { Self.tags(of: sentence, by: $0) } ?? tagger.tag(sentence)
                tokens += sentence.tokens.count
                evaluation.add(gold: sentence.tags, predicted: predicted)
                if dump != nil {
                    let line: [String: Any] = [
                        "set": name, "tokens": sentence.tokens.map { sentence.text.string($0.range) },
                        "gold": sentence.tags.map(\.rawValue), "predicted": predicted.map(\.rawValue),
                    ]
                    dumped.append(try JSONSerialization.data(withJSONObject: line))
                    dumped.append(0x0A)
                }
                if shown < errors, predicted != sentence.tags {
                    shown += 1
                    Terminal.error("[\(name)] gold: \(Self.render(sentence, sentence.tags))")
                    Terminal.error("[\(name)] got:  \(Self.render(sentence, predicted))")
                }
            }
            var entry: [String: Any] = [
                "sentences": sentences.count, "tokens": tokens,
                "micro": Self.scores(evaluation.micro), "macro_f1": Self.round(evaluation.macroF1),
                "seconds": Self.round(Date().timeIntervalSince(start)),
            ]
            for type in [EntityType.person, .place, .organization] {
                entry[type.rawValue] = Self.scores(evaluation.byType[type] ?? PrecisionRecall())
            }
            result[name] = entry
        }
        if let dump { try dumped.write(to: URL(fileURLWithPath: dump)) }
        let data = try JSONSerialization.data(withJSONObject: result, options: [.sortedKeys, .prettyPrinted])
        Terminal.print(String(decoding: data, as: UTF8.self))
    }

    /// The tags the recognizer's spans give a sentence.
    static func tags(of sentence: TaggedSentence, by recognizer: EntityRecognizer) -> [EntityTag] {
        let terms = Term.terms(of: sentence.text, tokens: sentence.tokens)
        let whole = Sentence(start: 0, end: sentence.text.count, tokens: 0..<sentence.tokens.count)
        let spans = recognizer.spans(
            sentence.text, tokens: sentence.tokens, terms: terms, sentences: [whole], language: .hindi)
        var tags = [EntityTag](repeating: .outside, count: sentence.tokens.count)
        for span in spans {
            for k in span.tokens { tags[k] = .of(span.type, begin: k == span.tokens.lowerBound) }
        }
        return tags
    }

    /// HiNER's templated Wikipedia village stubs ("… जिले का एक गाँव है"), a quarter of its sentences.
    static func isVillageStub(_ sentence: EntityCorpus.GoldSentence) -> Bool {
        let keys = sentence.words.map { MatchKey.of($0) }
        guard keys.count >= 3 else { return false }
        for k in 2..<keys.count
        where keys[k].unicodeScalars.starts(with: "है".unicodeScalars) && keys[k - 1] == "गांव" && keys[k - 2] == "एक" {
            return true
        }
        return false
    }

    static func scores(_ score: PrecisionRecall) -> [String: Any] {
        ["precision": round(score.precision), "recall": round(score.recall), "f1": round(score.f1), "gold": score.gold]
    }

    static func round(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }

    static func render(_ sentence: TaggedSentence, _ tags: [EntityTag]) -> String {
        var parts: [String] = []
        for (k, token) in sentence.tokens.enumerated() {
            let word = sentence.text.string(token.range)
            switch tags[k] {
            case .outside: parts.append(word)
            case let tag:
                parts.append(
                    "\(word)/\(tag.type.map { String($0.rawValue.prefix(3)).uppercased() } ?? "")\(tag.isBegin ? "+" : "")"
                )
            }
        }
        return parts.joined(separator: " ")
    }
}
