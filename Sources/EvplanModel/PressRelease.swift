public struct PressRelease: Sendable {
    public var headline: Located<String>?
    /// 發布: the date and place line, e.g. `2027-02-20 台北`.
    public var dateline: Located<String>?
    public var bodyHTML: String?
    public var bodyLocation: SourceLocation?
    public var contact: Located<String>?
    public var location: SourceLocation

    public init(location: SourceLocation) { self.location = location }
}
