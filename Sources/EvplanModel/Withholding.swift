import Foundation

/// What a Taiwanese payer withholds from a speaker's or performer's fee. Rates as in force in 2024 (and unchanged for
/// 2027 plans until a plan says otherwise in event.md's `withholding:`):
///
/// - 各類所得扣繳率標準 §2(1)(3) (財政部): 執行業務所得／講演鐘點費 (format 9B) paid to a resident: 10% withheld
///   when one payment is above NT$20,000 (the threshold since 2021: a payment of NT$20,000 or less is not withheld).
/// - 各類所得扣繳率標準 §3(1)(3): paid to a non-resident (a foreigner in Taiwan fewer than 183 days in the year): 20%,
///   whatever the amount.
/// - 全民健康保險法 §31 and 全民健康保險扣取及繳納補充保險費辦法 (二代健保補充保費): 2.11% (since 2021-01-01) of one
///   payment of NT$20,000 or more, to residents in the national health insurance. Non-residents pay none.
public struct WithholdingRates: Sendable, Hashable {
    /// 9B rate for residents.
    public var residentTax: Decimal = Decimal(string: "0.10")!
    /// A resident's payment above this is withheld.
    public var residentThreshold: Decimal = 20_000
    public var nonResidentTax: Decimal = Decimal(string: "0.20")!
    /// 二代健保補充保費 rate.
    public var healthPremium: Decimal = Decimal(string: "0.0211")!
    /// A payment of this or more carries the premium.
    public var healthPremiumThreshold: Decimal = 20_000
    /// The year these rates were checked against, printed with them.
    public var year = 2024

    public init() {}
}

/// One payment's withholding: what is withheld, and what the speaker receives.
public struct Withholding: Sendable, Hashable {
    public var gross: Decimal
    public var tax: Decimal
    public var healthPremium: Decimal
    public var net: Decimal { gross - tax - healthPremium }

    public init(gross: Decimal, nonResident: Bool, rates: WithholdingRates) {
        self.gross = gross
        if nonResident {
            tax = Withholding.rounded(gross * rates.nonResidentTax)
            healthPremium = 0
        } else {
            tax = gross > rates.residentThreshold ? Withholding.rounded(gross * rates.residentTax) : 0
            healthPremium = gross >= rates.healthPremiumThreshold ? Withholding.rounded(gross * rates.healthPremium) : 0
        }
    }

    /// Whole dollars, half up, as payroll rounds.
    static func rounded(_ value: Decimal) -> Decimal {
        var input = value, result = Decimal()
        NSDecimalRound(&result, &input, 0, .plain)
        return result
    }
}
