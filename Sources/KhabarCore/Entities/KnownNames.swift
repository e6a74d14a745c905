public import KhabarText

/// Names known from other documents of the corpus, as term sequences with their types.
public struct KnownNames: Sendable {
    /// Name → type.
    public var names: [[Term]: EntityType]

    /// No names.
    public init(names: [[Term]: EntityType] = [:]) {
        self.names = names
    }
}
