import Evplan
import EvplanModel
@testable import EvplanRender
import Mustache
import XCTest

/// The view-models answer swift-mustache's lookups through `MustacheParent` instead of `Mirror` (see `Renderer`).
/// These tests walk the view-models of real plans with `Mirror` and check that every stored property of every
/// view-model is reachable by its name and gives what a `Mirror` lookup gave, so a property added to a
/// view-model without its `case` fails here rather than silently vanishing from the plans' own templates.
final class ViewModelLookupTests: XCTestCase {
    /// The view-model types the plans below must reach, so that the walk keeps covering all of them.
    static let expectedTypes: Set<String> = [
        "PageChrome", "NavLink", "Fact", "BudgetFigures", "CostShare", "ProseBlock", "PageCard", "OutputCoverage", "DiagnosticRow",
        "IndexViewModel",
        "ProposalViewModel", "ProposalViewModel.Section", "ProposalViewModel.ScheduleSummary",
        "ProposalViewModel.ScheduleSummary.Milestone", "ProposalViewModel.AgendaSummary",
        "ProposalViewModel.AgendaSummary.DaySummary", "ProposalViewModel.AgendaSummary.Block", "PageChrome.Organiser", "FundingSummary", "FundingSummary.Row",
        "ProposalViewModel.VenueSummary", "ProposalViewModel.VenueSummary.RoomRow",
        "BudgetViewModel", "BudgetViewModel.CategoryBlock", "BudgetLineRow", "BarChart", "BarChart.Bar",
        "GanttViewModel", "GanttViewModel.TaskRow", "GanttChart", "GanttChart.Shade", "GanttChart.AxisMark", "GanttChart.Row",
        "GanttChart.Bar", "GanttChart.Diamond", "GanttChart.Arrow",
        "AgendaViewModel", "AgendaViewModel.Day", "AgendaViewModel.SessionRow",
        "AgendaGrid", "AgendaGrid.Column", "AgendaGrid.Row", "AgendaGrid.Cell",
        "PressReleaseViewModel",
    ]

    func testEveryStoredPropertyOfTheSamplesViewModelsIsReachableByName() throws {
        var visited: Set<String> = []
        for sample in ["forum-zh", "meetup-en"] {
            let folder = EvplanBinary.repositoryRoot.appendingPathComponent("samples/\(sample)").path
            let result = Pipeline.check(folder: folder)
            visited.formUnion(walkViewModels(of: result.plan, diagnostics: result.diagnostics, name: sample))
        }
        for language in [Language.zhTW, .en] {
            visited.formUnion(walkViewModels(of: RenderPlanFixture.plan(language: language), diagnostics: RenderPlanFixture.diagnostics(),
                                             name: "fixture-\(language.rawValue)"))
        }
        // An empty plan: the sections' summaries and most lists are empty or nil.
        visited.formUnion(walkViewModels(of: Plan(root: "/plans/empty"), diagnostics: [], name: "empty"))
        XCTAssertEqual(Self.expectedTypes.subtracting(visited), [], "view-model types no plan reached")
    }

    /// A nil optional property must come back as nil, not as an `Optional.none` boxed in `Any`, or sections
    /// would render for it (swift-mustache only treats a nil `Any?` as missing).
    func testANilOptionalPropertyIsNilAndASetOneIsUnwrapped() throws {
        let context = RenderContext(plan: RenderPlanFixture.plan(), diagnostics: [])
        let proposal = ProposalPage().viewModel(context)
        let background = try XCTUnwrap(proposal.sections.first { $0.anchor == "background" })
        XCTAssertNil(background.scheduleSummary)
        for name in ["scheduleSummary", "budgetDetail", "agendaSummary", "venueSummary"] {
            XCTAssertNil(background.child(named: name), name)
        }
        let t2 = try XCTUnwrap(proposal.sections.first { $0.anchor == "schedule" })
        let schedule = try XCTUnwrap(t2.child(named: "scheduleSummary"))
        XCTAssertNotEqual(Mirror(reflecting: schedule).displayStyle, .optional)
        XCTAssertTrue(schedule is ProposalViewModel.ScheduleSummary)
        XCTAssertNil(t2.child(named: "noSuchField"))
    }

    /// Walks the view-model of every page; returns the names of the view-model types it met.
    private func walkViewModels(of plan: Plan, diagnostics: [Diagnostic], name: String) -> Set<String> {
        let context = RenderContext(plan: plan, diagnostics: diagnostics)
        var visited: Set<String> = []
        for page in DeliverableCatalogue.pages {
            walk(page.viewModel(context), path: "\(name)/\(page.id)", visited: &visited)
        }
        return visited
    }

    private func walk(_ value: Any, path: String, visited: inout Set<String>) {
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .struct?, .class?:
            let typeName = String(reflecting: type(of: value))
            // Only this module's types are view-models; Foundation and standard library values are leaves.
            guard typeName.hasPrefix("EvplanRender.") else { return }
            visited.insert(String(typeName.dropFirst("EvplanRender.".count)))
            guard let parent = value as? MustacheParent else {
                XCTFail("\(path): \(typeName) does not conform to MustacheParent, so templates look it up through Mirror")
                return
            }
            XCTAssertNil(mirror.superclassMirror, "\(path): \(typeName) inherits; Mirror lookups saw only its own properties")
            XCTAssertNil(parent.child(named: "noSuchField"), "\(path): unknown names must be nil so lookups climb the stack")
            for case let (label?, property) in mirror.children {
                let expected = Self.unwrapped(property)
                let actual = parent.child(named: label)
                let where_ = "\(path).\(label)"
                guard let expected else {
                    XCTAssertNil(actual, "\(where_): a nil optional must be nil, got \(String(describing: actual))")
                    continue
                }
                guard let actual else {
                    XCTFail("\(where_): \(typeName).child(named: \"\(label)\") is nil; add `case \"\(label)\": \(label)` to its switch")
                    continue
                }
                XCTAssertNotEqual(Mirror(reflecting: actual).displayStyle, .optional, "\(where_): an Optional boxed in Any")
                XCTAssertTrue(type(of: actual) == type(of: expected), "\(where_): \(type(of: actual)) instead of \(type(of: expected))")
                XCTAssertEqual(String(describing: actual), String(describing: expected), where_)
                walk(expected, path: where_, visited: &visited)
            }
        case .collection?, .set?:
            for (index, element) in mirror.children.enumerated() {
                walk(element.value, path: "\(path)[\(index)]", visited: &visited)
            }
        case .dictionary?:
            for entry in mirror.children {
                let pair = Array(Mirror(reflecting: entry.value).children)
                guard pair.count == 2 else { continue }
                walk(pair[1].value, path: "\(path)[\(pair[0].value)]", visited: &visited)
            }
        case .optional?:
            if let wrapped = Self.unwrapped(value) { walk(wrapped, path: path, visited: &visited) }
        case .tuple?:
            for element in mirror.children { walk(element.value, path: "\(path).\(element.label ?? "")", visited: &visited) }
        default:
            break
        }
    }

    /// What swift-mustache's `Mirror.getValue(forKey:)` returned for a property: an Optional's value, or nil.
    private static func unwrapped(_ value: Any) -> Any? {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return value }
        return mirror.children.first?.value
    }
}
