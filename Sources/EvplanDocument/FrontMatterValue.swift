import EvplanModel

/// YAML front matter as plain values with their positions in the plan file.
public indirect enum FrontMatterValue: Sendable {
    case scalar(String, SourceLocation)
    case sequence([FrontMatterValue], SourceLocation)
    case mapping([(key: String, keyLocation: SourceLocation, value: FrontMatterValue)], SourceLocation)

    public var location: SourceLocation {
        switch self {
        case let .scalar(_, location), let .sequence(_, location), let .mapping(_, location): location
        }
    }

    /// The value under `key` of a mapping (the first one, if a key is repeated).
    public subscript(key: String) -> FrontMatterValue? {
        guard case let .mapping(pairs, _) = self else { return nil }
        return pairs.first { $0.key == key }?.value
    }

    public var scalar: String? {
        if case let .scalar(text, _) = self { return text }
        return nil
    }

    public var pairs: [(key: String, keyLocation: SourceLocation, value: FrontMatterValue)] {
        if case let .mapping(pairs, _) = self { return pairs }
        return []
    }

    public var items: [FrontMatterValue] {
        switch self {
        case let .sequence(items, _): items
        case .scalar: [self]
        case .mapping: []
        }
    }
}
