import EvplanDocument
import EvplanModel

/// event.md's registration settings: `privacy:`, `receipts:`, `tax_id:` (統一編號), `staff:`, `receipt_prefix:`, `wifi:`.
enum RegistrationSettingsParser {
    static func parse(_ document: Document?, values: inout FrontMatterValues) -> RegistrationSettings {
        var settings = RegistrationSettings()
        let front = document?.frontMatter
        if let privacy = front?["privacy"] {
            switch (privacy.scalar ?? "").lowercased() {
            case "full", "完整", "不遮蔽", "off": settings.privacy = .full
            case "masked", "mask", "遮蔽", "on", "": settings.privacy = .masked
            default: values.report(privacy, what: LocalizedText(zh: "個資顯示方式（masked 或 full）", en: "a privacy setting (masked or full)"), example: "masked、full")
            }
        }
        if let receipts = front?["receipts"] ?? front?["收據"] {
            switch (receipts.scalar ?? "").lowercased() {
            case "true", "yes", "on", "是": settings.receipts = true
            case "false", "no", "off", "否", "": settings.receipts = false
            default: values.report(receipts, what: LocalizedText(zh: "true 或 false", en: "true or false"), example: "true")
            }
        }
        if let taxID = front?["tax_id"] ?? front?["統一編號"] ?? front?["統編"], let text = taxID.scalar, !text.isEmpty {
            if text.count == 8, text.allSatisfy(\.isASCII), text.allSatisfy(\.isNumber) {
                settings.taxID = Located(text, at: taxID.location)
            } else {
                values.report(taxID, what: LocalizedText(zh: "統一編號（8 位數字）", en: "a business ID (統一編號, 8 digits)"), example: "12345678")
            }
        }
        settings.staff = values.count(front?["staff"] ?? front?["工作人員"])
        settings.receiptPrefix = front?["receipt_prefix"]?.scalar
        settings.wifi = (front?["wifi"] ?? front?["Wi-Fi"])?.scalar
        return settings
    }
}
