/// What kind of thing an entity is.
public enum EntityType: String, Sendable, Hashable, Codable, CaseIterable {
    case person, place, organization, other
}

/// The tags of the sequence tagger: outside, or the beginning or inside of a person, place or organization.
public enum EntityTag: Int, Sendable, Hashable, CaseIterable {
    case outside = 0
    case beginPerson, insidePerson, beginPlace, insidePlace, beginOrganization, insideOrganization

    /// The number of tags.
    public static let count = 7

    /// The entity type the tag is part of, or nil for outside.
    public var type: EntityType? {
        switch self {
        case .outside: nil
        case .beginPerson, .insidePerson: .person
        case .beginPlace, .insidePlace: .place
        case .beginOrganization, .insideOrganization: .organization
        }
    }

    /// Whether the tag begins an entity.
    public var isBegin: Bool { self == .beginPerson || self == .beginPlace || self == .beginOrganization }

    /// Whether `self` may follow `previous` (an inside tag continues its own type only).
    public func canFollow(_ previous: EntityTag?) -> Bool {
        switch self {
        case .insidePerson: previous == .beginPerson || previous == .insidePerson
        case .insidePlace: previous == .beginPlace || previous == .insidePlace
        case .insideOrganization: previous == .beginOrganization || previous == .insideOrganization
        default: true
        }
    }

    /// The tag that begins or continues an entity of `type`.
    public static func of(_ type: EntityType, begin: Bool) -> EntityTag {
        switch type {
        case .person: begin ? .beginPerson : .insidePerson
        case .place: begin ? .beginPlace : .insidePlace
        case .organization, .other: begin ? .beginOrganization : .insideOrganization
        }
    }
}
