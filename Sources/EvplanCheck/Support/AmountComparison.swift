import Foundation

/// Whether an amount a planner wrote agrees with one worked out from other cells.
enum AmountComparison {
    /// Equal, or equal once the worked-out value is rounded to the precision the planner wrote:
    /// 1,234.5 × 3 = 3,703.5 written as 3,704 is a rounding, not a mistake.
    /// Callers rule out NaN first: Decimal's NaN compares equal to itself.
    static func agrees(written: Decimal, computed: Decimal) -> Bool {
        if written == computed { return true }
        let places = max(0, -Int(written.exponent))
        var source = computed
        var rounded = Decimal()
        NSDecimalRound(&rounded, &source, places, .plain)
        return !rounded.isNaN && rounded == written
    }
}
