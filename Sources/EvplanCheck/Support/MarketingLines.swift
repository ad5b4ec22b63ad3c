import EvplanModel
import Foundation

/// The T3 expense lines that pay for marketing: those whose 類別 names a marketing category (行銷, 宣傳, 廣告, 推廣,
/// 公關; marketing, promotion, advertising, publicity). `marketing.cost-mismatch` sets the channels' costs against them.
enum MarketingLines {
    static let categoryWords = ["行銷", "宣傳", "廣告", "推廣", "公關", "marketing", "promotion", "advertising", "publicity"]

    static func isMarketing(_ category: String) -> Bool {
        let lowered = category.lowercased()
        return categoryWords.contains(where: lowered.contains)
    }

    static func lines(in budget: Budget) -> [BudgetRow] {
        budget.expenseLines.filter { $0.category.map { isMarketing($0.value) } ?? false }
    }
}
