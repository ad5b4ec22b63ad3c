import Foundation
import EvplanModel

/// A room whose declared capacity cannot fit its floor area in its layout.
/// The m² per person come from published seating rules of thumb; see `SeatingLayout` for the sources.
public struct VenueAreaCapacity: Rule {
    public static let descriptor = RuleDescriptor(
        id: "venue.area-capacity", severity: .warning, task: .t5, competency: ["S38", "P5.2.2", "O5.2.1"],
        summary: LocalizedText(zh: "空間的容納人數超過其面積在該形式下可容納的人數", en: "A room's capacity cannot fit its area in its layout"),
        hint: LocalizedText(
            zh: "向場地確認該形式的實際容量與坪數。檢查所用的每人面積取自活動業常見的座位估算經驗值的寬鬆端（劇院式 0.6、教室型 1.4、宴會 0.9、酒會 0.5、U型與會議型 2 m²/人；參考 CIC/EIC 會議手冊與家具租賃業者公布的每人平方英尺數），不是法規；消防核定人數永遠優先。",
            en: "Ask the venue for the real capacity and area in that layout. The m² per person used here are the compact end of event-industry seating rules of thumb (theatre 0.6, classroom 1.4, banquet 0.9, reception 0.5, U-shape and boardroom 2 m²; after the square feet per person published in CIC/EIC manual figures and furniture-rental space guides), not a code; the venue's fire-safety occupant limit always governs."))

    public init() {}

    public func check(_ context: CheckContext) -> [Diagnostic] {
        guard let rooms = context.plan.venue?.rooms else { return [] }
        var diagnostics: [Diagnostic] = []
        for room in rooms {
            guard let capacity = room.capacity, capacity.value > 0,
                  let area = room.areaSquareMeters?.value, !area.isNaN, area > 0 else { continue }
            // An unknown or missing layout is judged as theatre, the most compact, so it warns only when nothing could fit.
            let layout = room.layout.flatMap { SeatingLayout(written: $0.value) } ?? .theatre
            let perPerson = layout.squareMetresPerPerson
            guard Decimal(capacity.value) * perPerson > area else { continue }
            diagnostics.append(diagnostic(at: capacity.location, message(room: room, capacity: capacity.value, area: area, layout: layout)))
        }
        return diagnostics
    }

    private func message(room: Room, capacity: Int, area: Decimal, layout: SeatingLayout) -> LocalizedText {
        let perPerson = AmountText.format(layout.squareMetresPerPerson)
        let squareMetres = "\(AmountText.format(rounded(area, places: 1))) m²"
        let written = room.areaAsWritten.map { $0.trimmedOfWhitespace }
        let areaText = written.map { $0.isEmpty || $0 == squareMetres ? squareMetres : "\($0)（\(squareMetres)）" } ?? squareMetres
        let areaTextEN = written.map { $0.isEmpty || $0 == squareMetres ? squareMetres : "\($0) (\(squareMetres))" } ?? squareMetres
        let fits = AmountText.format(rounded(area / layout.squareMetresPerPerson, places: 0, mode: .down))
        let name = room.name.value
        let layoutWritten = room.layout?.value ?? layout.name.zhTW
        return LocalizedText(
            zh: "「\(name)」寫可容納 \(capacity) 人（\(layoutWritten)），但 \(areaText)\(areaText.hasSuffix("）") ? "" : " ")以每人約 \(perPerson) m² 計只容得下約 \(fits) 人",
            en: "“\(name)” claims \(capacity) people (\(room.layout?.value ?? layout.name.en)), but \(areaTextEN) at about \(perPerson) m² a person fits about \(fits)")
    }

    private func rounded(_ value: Decimal, places: Int, mode: NSDecimalNumber.RoundingMode = .plain) -> Decimal {
        var source = value, result = Decimal()
        NSDecimalRound(&result, &source, places, mode)
        return result
    }
}
