import Foundation
import Mustache

/// A horizontal bar chart laid out for inline SVG: the template draws what this computes.
struct BarChart: TemplateValue {
    struct Bar: TemplateValue {
        let label: String
        let valueText: String
        let y: String
        let textY: String
        let width: String
        let valueX: String
        let color: String
    }

    static let palette = ["#0f4c81", "#2f80b7", "#5aa9cf", "#f2b134", "#e07a2f", "#7a5ea8", "#3c9a6a", "#c8102e", "#8c99a6"]

    let width: Int
    let height: Int
    let labelX: Int
    let barX: Int
    let bars: [Bar]

    /// `values` in display order; bars are scaled to the largest.
    init(items: [(label: String, value: Decimal, valueText: String)]) {
        let rowHeight = 34
        let barHeight = 20
        let labelWidth = 180
        let barSpace = 430
        width = labelWidth + barSpace + 200
        labelX = labelWidth - 12
        barX = labelWidth
        height = max(rowHeight, items.count * rowHeight + 8)
        let largest = items.map(\.value).max() ?? 0
        bars = items.enumerated().map { index, item in
            let top = 4 + index * rowHeight + (rowHeight - barHeight) / 2
            let length = DecimalText.fraction(item.value, of: largest) * Double(barSpace)
            let shown = item.value > 0 ? max(length, 2) : 0
            return Bar(label: BarChart.shorten(item.label), valueText: item.valueText,
                       y: "\(top)", textY: "\(top + barHeight / 2 + 5)", width: String(format: "%.1f", shown),
                       valueX: String(format: "%.1f", Double(labelWidth) + shown + 8),
                       color: BarChart.palette[index % BarChart.palette.count])
        }
    }

    private static func shorten(_ label: String) -> String {
        label.count > 14 ? String(label.prefix(13)) + "…" : label
    }
}
