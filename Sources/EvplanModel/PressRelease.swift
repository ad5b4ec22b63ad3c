public struct PressRelease: Sendable {
    public var headline: Located<String>?
    /// 副標: the subhead, printed on its own line under the headline.
    public var subheadline: Located<String>?
    /// 發布: the date and place line, e.g. `2027-02-20 台北` or `【2027年2月23日／臺北訊】`.
    public var dateline: Located<String>?
    /// The date read from the dateline, when it holds one.
    public var datelineDate: PlanDate?
    /// The place read from the dateline (台北, 臺北訊 → 臺北), when it names one.
    public var datelinePlace: String?
    public var bodyHTML: String?
    public var bodyLocation: SourceLocation?
    public var contact: Located<String>?
    /// 關於主辦單位: the boilerplate about the organiser, as sanitised HTML.
    public var aboutHTML: String?
    public var aboutHeading: String?
    public var location: SourceLocation

    public init(location: SourceLocation) { self.location = location }
}
