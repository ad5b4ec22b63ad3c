/// The unit an area was written in. Venues in Taiwan quote 坪 (1 坪 = 400/121 m²); others quote square metres.
public enum AreaUnit: Sendable, Hashable {
    case ping
    case squareMeters
}
