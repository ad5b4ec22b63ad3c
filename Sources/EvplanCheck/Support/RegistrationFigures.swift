import EvplanModel
import Foundation

/// What the registration rules share: ticket types matched by name, the T3 lines that are ticket income or meals.
enum RegistrationFigures {
    /// Ticket-type names compared as planners and ticketing systems write them: case and white space do not matter.
    static func key(_ name: String) -> String { name.lowercased().filter { !$0.isWhitespace } }

    /// Active (sold, not cancelled or refunded) tickets per ticket-type key.
    static func soldByType(_ roster: Roster) -> [String: Int] {
        roster.active.reduce(into: [:]) { $0[key($1.ticketType.value), default: 0] += 1 }
    }

    static let ticketIncomeWords = ["票", "報名費", "ticket", "registration", "admission"]

    /// T3 income lines that are ticket sales: their item or category says 票, 報名費, ticket or registration.
    static func ticketIncomeLines(_ budget: Budget) -> [BudgetRow] {
        budget.incomeLines.filter { line in
            let text = (line.item.value + " " + (line.category?.value ?? "")).lowercased()
            return ticketIncomeWords.contains { TextSearch.contains(text, $0) }
        }
    }

    static let mealWords = ["餐", "便當", "茶敘", "點心", "catering", "lunch", "dinner", "meal", "coffee", "breakfast", "snack"]
    static let perHeadUnits = ["份", "人", "盒", "個", "客", "位", "pax", "person", "people", "persons", "meal", "meals", "box", "boxes", "head", "heads"]

    /// T3 expense lines counted per head: a meal (by item or category) whose unit is a portion or a person.
    static func perHeadMealLines(_ budget: Budget) -> [BudgetRow] {
        budget.expenseLines.filter { line in
            let text = (line.item.value + " " + (line.category?.value ?? "")).lowercased()
            guard mealWords.contains(where: { TextSearch.contains(text, $0) }), line.quantity != nil else { return false }
            let unit = (line.unit ?? "").lowercased().trimmedOfWhitespace
            return perHeadUnits.contains(unit)
        }
    }
}
