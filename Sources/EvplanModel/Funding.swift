import Foundation

/// What kind of money a funding source or an income category is, as grant offices group it: a subsidy (申請補助),
/// the organiser's own funds (自籌) or sponsorship (贊助). Names that are none of these are matched as written.
public enum FundingKind: String, Sendable, CaseIterable {
    case subsidy, selfFunded, sponsorship

    private static let words: [(FundingKind, [String])] = [
        (.selfFunded, ["自籌", "自有", "配合款", "self-fund", "self fund", "own fund", "organiser fund", "organizer fund", "community fund"]),
        (.subsidy, ["補助", "補貼", "獎助", "subsid", "grant"]),
        (.sponsorship, ["贊助", "捐", "sponsor", "donation"]),
    ]

    /// The kind a name (`申請補助`, `政府補助`, `Sponsorship`) speaks of, if it speaks of one.
    public static func of(_ name: String) -> FundingKind? {
        let folded = name.lowercased()
        return words.first { $0.1.contains { TextSearch.contains(folded, $0) } }?.0
    }
}

/// One source that pays for expense lines (the 經費來源 column), with what those lines add up to and what the
/// income tables list for it.
public struct FundingSource: Sendable {
    /// The source as first written on an expense line.
    public var name: String
    public var kind: FundingKind?
    /// The expense lines it funds.
    public var lines: [BudgetRow]
    public var funded: Decimal
    /// The income lines whose category (or item, when they have no category) is this source.
    public var incomeLines: [BudgetRow]
    public var income: Decimal
}

extension Budget {
    /// Whether any expense line names its funding source.
    public var hasFundingSources: Bool { expenseLines.contains { $0.fundingSource != nil } }

    /// The funding sources named on expense lines, in order of first appearance; lines with no source are left out.
    /// A source matches income lines of the same category, or of the same kind (申請補助 matches 政府補助 and 補助).
    public var fundingSources: [FundingSource] {
        var sources: [FundingSource] = []
        for line in expenseLines {
            guard let written = line.fundingSource?.value.trimmedOfWhitespace, !written.isEmpty else { continue }
            let kind = FundingKind.of(written)
            if let index = sources.firstIndex(where: { Budget.sameSource($0.name, $0.kind, written, kind) }) {
                sources[index].lines.append(line)
                sources[index].funded += line.effectiveAmount ?? 0
            } else {
                sources.append(FundingSource(name: written, kind: kind, lines: [line], funded: line.effectiveAmount ?? 0, incomeLines: [], income: 0))
            }
        }
        for index in sources.indices {
            let matching = incomeLines.filter { line in
                let name = (line.category?.value).flatMap { $0.isEmpty ? nil : $0 } ?? line.item.value
                return Budget.sameSource(sources[index].name, sources[index].kind, name, FundingKind.of(name))
            }
            sources[index].incomeLines = matching
            sources[index].income = matching.reduce(Decimal(0)) { $0 + ($1.effectiveAmount ?? 0) }
        }
        return sources
    }

    private static func sameSource(_ a: String, _ aKind: FundingKind?, _ b: String, _ bKind: FundingKind?) -> Bool {
        if let aKind, let bKind { return aKind == bKind }
        return a.trimmedOfWhitespace.lowercased() == b.trimmedOfWhitespace.lowercased()
    }

    /// Income lines that are subsidies (補助, grants), by their category or, without one, their item.
    public var subsidyIncomeLines: [BudgetRow] {
        incomeLines.filter { line in
            let name = (line.category?.value).flatMap { $0.isEmpty ? nil : $0 } ?? line.item.value
            return FundingKind.of(name) == .subsidy
        }
    }
}
