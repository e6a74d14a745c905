/// An optional that JSON shows as `null` when absent, instead of leaving the key out.
///
/// The report and the API promise every field of a record, with `null` meaning "not known" (a quote whose
/// speaker the text does not name, a date that cannot be resolved). Swift's synthesized `Encodable` drops
/// absent optionals; a property wrapped in `@ExplicitNull` is written as `null`, and a missing key decodes to
/// nil. This is the one mechanism for JSON nulls in Khabar's results.
@propertyWrapper
public struct ExplicitNull<Value: Sendable & Hashable & Codable>: Sendable, Hashable, Codable {
    /// The value, or nil.
    public var wrappedValue: Value?

    /// Wraps a value.
    public init(wrappedValue: Value?) {
        self.wrappedValue = wrappedValue
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        wrappedValue = container.decodeNil() ? nil : try container.decode(Value.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if let wrappedValue { try container.encode(wrappedValue) } else { try container.encodeNil() }
    }
}

extension KeyedDecodingContainer {
    /// A missing key decodes to nil, as a plain optional would.
    public func decode<Value>(_ type: ExplicitNull<Value>.Type, forKey key: Key) throws -> ExplicitNull<Value> {
        try decodeIfPresent(type, forKey: key) ?? ExplicitNull(wrappedValue: nil)
    }
}
