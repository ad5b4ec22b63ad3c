import EvplanModel

/// One thing wrong with the templates a render would use, where the planner's editor shows it.
struct TemplateProblem: Error, Equatable {
    enum Kind: Equatable {
        /// `format.template`: the templates cannot be used, or would put script into the pages.
        case template
        /// `format.remote-resource`: a page would load something from the network (the renderer takes it out).
        case remoteResource
    }

    var kind: Kind
    var file: String
    var line: Int
    var column: Int
    var message: LocalizedText

    init(_ kind: Kind, file: String, line: Int, column: Int, _ message: LocalizedText) {
        self.kind = kind
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    init(_ kind: Kind, file: String, tag: TemplateTag, _ message: LocalizedText) {
        self.init(kind, file: file, line: tag.line, column: tag.column, message)
    }

    /// A template that cannot be read at all (`TemplateSet.overrideSources` throws these).
    init(_ error: Error) {
        if let error = error as? TemplateError {
            self.init(.template, file: error.file, line: error.line, column: error.column, LocalizedText(zh: error.message, en: error.message))
        } else {
            self.init(.template, file: "Templates", line: 1, column: 1, LocalizedText(zh: "範本無法讀取：\(error)", en: "templates cannot be read: \(error)"))
        }
    }

    var isError: Bool { kind == .template }

    var error: TemplateError { TemplateError(file: file, line: line, column: column, message: message.en) }

    var diagnostic: Diagnostic {
        Diagnostic(kind == .template ? FormatRules.template : FormatRules.remoteResource,
                   at: SourceLocation(file: file, line: line, column: column), message)
    }
}

extension HTMLPolicy.Violation {
    var message: LocalizedText {
        let rawHTML = LocalizedText(zh: "（event.md 沒有設定 raw_html: true）", en: " (event.md does not set raw_html: true)")
        switch self {
        case let .forbiddenElement(name):
            return LocalizedText(zh: "範本寫出 <\(name)> 元素；頁面不能有腳本或嵌入其他文件\(rawHTML.zhTW)",
                                 en: "the template writes a <\(name)> element; pages carry no scripts and embed no other documents\(rawHTML.en)")
        case let .eventHandler(name):
            return LocalizedText(zh: "範本寫出事件屬性 `\(name)=`，它會執行腳本\(rawHTML.zhTW)",
                                 en: "the template writes the event-handler attribute `\(name)=`, which runs script\(rawHTML.en)")
        case let .scriptURL(name):
            return LocalizedText(zh: "範本的 `\(name)=` 是 javascript:、vbscript: 或 data: 網址，會執行腳本\(rawHTML.zhTW)",
                                 en: "the template's `\(name)=` is a javascript:, vbscript: or data: URL, which runs script\(rawHTML.en)")
        case .metaRefresh:
            return LocalizedText(zh: "範本寫出 <meta http-equiv=\"refresh\">，它會把讀者帶到別的網址\(rawHTML.zhTW)",
                                 en: "the template writes <meta http-equiv=\"refresh\">, which sends the reader elsewhere\(rawHTML.en)")
        case let .remoteResource(url):
            return LocalizedText(zh: "範本會從網路載入「\(url)」；產出的頁面不從網路載入任何東西，這個資源已被移除",
                                 en: "the template loads “\(url)” from the network; built pages load nothing from the network, so it is left out")
        case .cssImport:
            return LocalizedText(zh: "範本的 CSS 用 @import 載入另一份樣式表；請把 CSS 直接寫在範本裡，@import 已被停用",
                                 en: "the template's CSS loads another stylesheet with @import; write the CSS in the template itself (the @import is disabled)")
        case .cssEscape:
            return LocalizedText(zh: "範本的 CSS 有反斜線跳脫（\\…），它可能藏住 url(…)；反斜線已被移除",
                                 en: "the template's CSS has a backslash escape (\\…), which could hide a url(…); the backslash is left out")
        }
    }
}
