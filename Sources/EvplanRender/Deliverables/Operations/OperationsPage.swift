import EvplanModel

/// operations.html, for the team: O6.1.1 工作時程表 (the run sheet by day, staff by person and by hour), O6.1.2 風險應對
/// 守則 (the risk matrix), O6.2.1 承包商 (contractors as a call sheet), O6.2.2 報價清單, O6.2.3 服務合約 (payment
/// milestones) and O6.3.1 工作分配. Internal: it carries contacts, cash and payment terms.
struct OperationsPage: PageDeliverable {
    let id = "operations"
    let audience = Audience.internal
    let outputCodes = ["O6.1.1", "O6.1.2", "O6.2.1", "O6.2.2", "O6.2.3", "O6.3.1"]
    let title = LocalizedText(zh: "執行與廠商", en: "Operations")
    let printsLandscape = true

    let labels: [String: LocalizedText] = [
        "ops_internal": .init("內部文件：含聯絡方式、金額與付款條件，請勿提供給客戶。", "Internal: contacts, amounts and payment terms. Not for the client."),
        "ops_empty": .init("在 T6 檔（例如 T6-operations.md）以「## 承包廠商」「## 報價比較」「## 工作流程」「## 人力分工」「## 風險」表格寫下執行計畫。",
                           "Write the T6 file's tables (e.g. T6-operations.md): `## Contractors`, `## Quotes`, `## Run sheet`, `## Staff`, `## Risks`."),
        "ops_runsheet": .init("工作流程", "Run sheet"),
        "ops_staff_person": .init("人力分工（依人員）", "Staff by person"),
        "ops_staff_hour": .init("人力分工（依時段）", "Staff by hour"),
        "ops_contractors": .init("承包廠商聯絡表", "Contractors (call sheet)"),
        "ops_quotes": .init("報價比較", "Quotes"),
        "ops_payments": .init("付款期程", "Payment milestones"),
        "ops_risks": .init("風險矩陣", "Risk matrix"),
        "ops_fees": .init("講師費與扣繳", "Speaker fees and withholding"),
        "ops_col_time": .init("時間", "Time"),
        "ops_col_task": .init("工作", "Task"),
        "ops_col_place": .init("地點", "Place"),
        "ops_col_person": .init("姓名", "Person"),
        "ops_col_role": .init("職務", "Role"),
        "ops_col_date": .init("日期", "Date"),
        "ops_col_contractor": .init("廠商", "Contractor"),
        "ops_col_tax_id": .init("統一編號", "Tax ID"),
        "ops_col_scope": .init("承包項目", "Scope"),
        "ops_col_contact": .init("聯絡人", "Contact"),
        "ops_col_phone": .init("電話", "Phone"),
        "ops_col_amount": .init("合約金額", "Contract amount"),
        "ops_col_terms": .init("付款條件", "Payment terms"),
        "ops_col_item": .init("項目", "Package"),
        "ops_col_chosen": .init("選定", "Chosen"),
        "ops_col_reason": .init("理由", "Reason"),
        "ops_col_due": .init("付款日", "Due"),
        "ops_col_payment": .init("款項", "Payment"),
        "ops_col_risk": .init("風險", "Risk"),
        "ops_col_response": .init("應變措施", "Response"),
        "ops_likelihood": .init("可能性 →", "Likelihood →"),
        "ops_impact": .init("影響 ↑", "Impact ↑"),
        "ops_col_status": .init("身分", "Residency"),
        "ops_col_gross": .init("應付總額", "Gross"),
        "ops_col_tax": .init("扣繳稅額", "Tax withheld"),
        "ops_col_premium": .init("二代健保", "Health premium"),
        "ops_col_net": .init("實付", "Net"),
        "ops_resident": .init("居住者", "resident"),
        "ops_non_resident": .init("非居住者", "non-resident"),
        "ops_fees_note": .init("扣繳依各類所得扣繳率標準（居住者 9B 單次超過 {threshold} 扣 {resident}、非居住者扣 {nonresident}）及全民健康保險扣取及繳納補充保險費辦法（單次達 {healthThreshold} 扣 {health}），{year} 年費率；可在 event.md 以 withholding: 改設。",
                               "Withholding per the Withholding Rate Standards (residents, 9B: {resident} on a payment above {threshold}; non-residents {nonresident}) and the NHI supplementary premium rules ({health} on a payment of {healthThreshold} or more), rates of {year}; set others with `withholding:` in event.md."),
        "ops_undated": .init("未註明日期", "Undated"),
        "ops_callsheet_link": .init("列印一頁式聯絡表", "Print the one-page call sheet"),
        "card_operations": .init("{c} 家廠商、{r} 項工作流程、{k} 項風險", "Contractors: {c} · run sheet: {r} · risks: {k}"),
    ]

    func covers(_ outputCode: String, in context: RenderContext) -> Bool {
        let operations = context.plan.operations
        switch outputCode {
        case "O6.1.1": return !operations.runSheet.isEmpty
        case "O6.1.2": return !operations.risks.isEmpty
        case "O6.2.1": return !operations.contractors.isEmpty
        case "O6.2.2": return !operations.quotes.isEmpty
        case "O6.2.3": return operations.contractors.contains { $0.amount != nil && $0.paymentTerms != nil }
        case "O6.3.1": return !operations.staff.isEmpty
        default: return false
        }
    }

    func card(in context: RenderContext) -> DeliverableCard? {
        let operations = context.plan.operations
        guard !operations.isEmpty else { return DeliverableCard(summary: context.label("card_empty"), isEmpty: true) }
        return DeliverableCard(summary: context.filled("card_operations", ["c": "\(operations.contractors.count)", "r": "\(operations.runSheet.count)",
                                                                           "k": "\(operations.risks.count)"]), isEmpty: false)
    }

    func viewModel(_ context: RenderContext) -> OperationsViewModel { OperationsViewModel(context) }
}

/// callsheet.html: the one-page call sheet for the day (O6.2.1, printed): the event's days and sites, the team on
/// duty, every contractor's contact, and the run sheet. Internal.
struct CallSheetPage: PageDeliverable {
    let id = "callsheet"
    let audience = Audience.internal
    let outputCodes: [String] = []
    let title = LocalizedText(zh: "現場聯絡表", en: "Call sheet")

    let labels: [String: LocalizedText] = [
        "call_team": .init("工作人員", "Team on duty"),
        "call_sites": .init("場地", "Sites"),
        "card_callsheet": .init("{n} 個聯絡窗口", "Contacts: {n}"),
    ]

    func covers(_ outputCode: String, in context: RenderContext) -> Bool { false }

    func card(in context: RenderContext) -> DeliverableCard? {
        let operations = context.plan.operations
        guard !operations.contractors.isEmpty || !operations.staff.isEmpty else {
            return DeliverableCard(summary: context.label("card_empty"), isEmpty: true)
        }
        return DeliverableCard(summary: context.filled("card_callsheet", ["n": "\(operations.contractors.count + Set(operations.staff.map(\.person.value)).count)"]),
                               isEmpty: false)
    }

    func viewModel(_ context: RenderContext) -> OperationsViewModel { OperationsViewModel(context, page: self) }
}
