import KhabarText

extension AnalysisReport {
    /// Fills ``dates`` with the time expressions of every document, resolved against its publication date.
    ///
    /// Complexity: O(n) in the total text length.
    public mutating func addDates(of documents: [Document], extractor: DateExtractor = DateExtractor()) {
        for document in documents {
            let scalars = Array(document.text.unicodeScalars)
            for expression in extractor.extract(document) {
                dates.append(
                    DateEntry(
                        document: document.id, text: String.fromScalars(scalars[expression.range]),
                        value: expression.value, precision: expression.precision.rawValue))
            }
        }
    }
}

extension DateExtractor {
    /// The time expressions of a cleaned document (whose text is canonical), resolved against its
    /// publication date; ranges are scalar offsets into `document.text`.
    public func extract(_ document: Document) -> [TimeExpression] {
        extract(from: document.text, published: document.published)
    }
}
