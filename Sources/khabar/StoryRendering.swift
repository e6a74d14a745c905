import Foundation
import KhabarCore

/// `khabar story` as text.
enum StoryRendering {
    static func text(_ view: StoryCommand.View) -> String {
        let story = view.story
        let short = { (id: String) in String(id.prefix(8)) }
        var lines: [String] = []
        let outlets = Set(view.articles.compactMap(\.outlet)).sorted()
        let languages = Set(view.articles.map(\.language)).sorted()
        let days = view.articles.compactMap { $0.published.map { String($0.prefix(10)) } }.sorted()
        let span = days.isEmpty ? "undated" : days.first == days.last ? days[0] : "\(days[0]) – \(days[days.count - 1])"
        lines.append("story \(story.id): \(view.articles.count) articles, \(span), \(languages.joined(separator: "+"))")
        if !outlets.isEmpty { lines.append("outlets: \(outlets.joined(separator: ", "))") }
        lines.append("")
        lines.append(story.headline.isEmpty ? "—" : story.headline)
        lines.append("")
        lines.append("summary:")
        for (sentence, document) in zip(story.summary, story.summaryDocuments) {
            lines.append("  \(sentence) [\(short(document))]")
        }
        if !story.timeline.isEmpty {
            lines.append("")
            lines.append("timeline:")
            for entry in story.timeline {
                let sources = entry.sources.map { short($0.document) }.joined(separator: ", ")
                switch entry.kind {
                case .published:
                    let count = entry.sources.count
                    lines.append(
                        "  \(entry.date.padding(toLength: 10, withPad: " ", startingAt: 0))  "
                            + "published: \(count) article\(count == 1 ? "" : "s") (\(sources))")
                case .event:
                    lines.append(
                        "  \(entry.date.padding(toLength: 10, withPad: " ", startingAt: 0))  "
                            + "\(clip(entry.sentence, 160)) (\(sources))")
                }
            }
        }
        let named = view.entities.filter { $0.articles > 1 || view.articles.count == 1 }.prefix(12)
        if !named.isEmpty {
            lines.append("")
            lines.append("entities:")
            for entity in named {
                let english = entity.english.map { " / \($0)" } ?? ""
                lines.append(
                    "  \(entity.name)\(english) (\(entity.type)): \(entity.mentions) mentions in \(entity.articles) articles"
                )
            }
        }
        if !view.quotes.isEmpty {
            lines.append("")
            lines.append("quotes by speaker:")
            var order: [String] = []
            var bySpeaker: [String: [QuoteRecord]] = [:]
            for quote in view.quotes {
                let speaker = quote.speakerName ?? (quote.speakerText.isEmpty ? "unattributed" : quote.speakerText)
                if bySpeaker[speaker] == nil { order.append(speaker) }
                bySpeaker[speaker, default: []].append(quote)
            }
            for speaker in order {
                lines.append("  \(speaker):")
                for quote in bySpeaker[speaker] ?? [] {
                    lines.append("    “\(clip(quote.text, 160))” [\(short(quote.document))]")
                }
            }
        }
        lines.append("")
        lines.append("articles (in order of publication) and what each added:")
        let updates = Dictionary(story.updates.map { ($0.document, $0) }, uniquingKeysWith: { first, _ in first })
        for article in view.articles {
            let date = article.published.map { String($0.prefix(10)) } ?? "undated"
            let outlet = article.outlet.map { "[\($0)] " } ?? ""
            lines.append("  \(short(article.id))  \(date)  \(outlet)\(clip(article.title ?? "—", 90))")
            if let original = article.copyOf {
                lines.append("      copy of \(short(original)): adds nothing")
            } else if let update = updates[article.id] {
                if update.first {
                    lines.append("      first report")
                } else if update.added.isEmpty {
                    lines.append("      nothing new")
                } else {
                    for sentence in update.added.prefix(5) { lines.append("      + \(clip(sentence, 160))") }
                    if update.added.count > 5 { lines.append("      … and \(update.added.count - 5) more sentences") }
                }
            }
        }
        return lines.joined(separator: "\n")
    }

    /// At most `limit` scalars of `text`, with an ellipsis when cut.
    static func clip(_ text: String, _ limit: Int) -> String {
        let flat = text.replacingOccurrences(of: "\n", with: " ")
        return flat.unicodeScalars.count <= limit ? flat : flat.scalarSlice(0..<limit) + "…"
    }
}
