import EvplanModel

/// Which templates include which, read from their `{{>partial}}` and `{{<parent}}` tags, so that a partial that
/// includes itself (directly or through others) or a chain deeper than the limit is reported before swift-mustache
/// would follow it: it recurses once per level and a cycle overflows the stack.
struct PartialGraph {
    /// Template name → the tags in it that include another template, with the template's file.
    let includes: [String: [(tag: TemplateTag, file: String)]]

    func problems(pages: [String], limit: Int) -> [TemplateProblem] {
        var problems: [TemplateProblem] = []
        var reported: Set<SourceLocation> = []
        func report(_ tag: TemplateTag, in file: String, _ message: LocalizedText) {
            let location = SourceLocation(file: file, line: tag.line, column: tag.column)
            guard reported.insert(location).inserted else { return }
            problems.append(TemplateProblem(.template, file: file, tag: tag, message))
        }

        // Every cycle has a back edge in a depth-first walk from all templates; the walk keeps its own stack.
        enum Mark { case onPath, done }
        var marks: [String: Mark] = [:]
        /// The longest chain of inclusions below each template, not counting edges that close a cycle.
        var height: [String: Int] = [:]
        var backEdges: Set<SourceLocation> = []
        for start in includes.keys.sorted() where marks[start] == nil {
            var stack: [(name: String, next: Int)] = [(start, 0)]
            marks[start] = .onPath
            while let top = stack.last {
                let edges = includes[top.name] ?? []
                if top.next < edges.count {
                    stack[stack.count - 1].next += 1
                    let (tag, file) = edges[top.next]
                    switch marks[tag.name] {
                    case .onPath?:
                        backEdges.insert(SourceLocation(file: file, line: tag.line, column: tag.column))
                        let path = Array(stack.map(\.name).drop(while: { $0 != tag.name })) + [tag.name]
                        let chain = path.joined(separator: " → ")
                        report(tag, in: file, LocalizedText(
                            zh: "部分範本「\(tag.name)」會無限引用自己（\(chain)）；拿掉這個 `{{>\(tag.name)}}`",
                            en: "partial `\(tag.name)` includes itself without end (\(chain)); remove this `{{>\(tag.name)}}`"))
                    case .done?:
                        continue
                    case nil:
                        marks[tag.name] = .onPath
                        stack.append((tag.name, 0))
                    }
                } else {
                    marks[top.name] = .done
                    height[top.name] = edges.filter { !backEdges.contains(SourceLocation(file: $0.file, line: $0.tag.line, column: $0.tag.column)) }
                        .map { 1 + (height[$0.tag.name] ?? 0) }.max() ?? 0
                    stack.removeLast()
                }
            }
        }

        // A page whose chain goes deeper than the limit: report the tag where it crosses it.
        for page in pages where (height[page] ?? 0) > limit {
            var name = page
            var chain = [page]
            for depth in 1...(limit + 1) {
                let edges = (includes[name] ?? []).filter { !backEdges.contains(SourceLocation(file: $0.file, line: $0.tag.line, column: $0.tag.column)) }
                guard let deepest = edges.max(by: { (height[$0.tag.name] ?? 0) < (height[$1.tag.name] ?? 0) }) else { break }
                chain.append(deepest.tag.name)
                if depth > limit {
                    report(deepest.tag, in: deepest.file, LocalizedText(
                        zh: "部分範本一層套一層超過 \(limit) 層（\(chain.joined(separator: " → "))）；請減少巢狀",
                        en: "partials are nested more than \(limit) deep (\(chain.joined(separator: " → "))); nest them less"))
                }
                name = deepest.tag.name
            }
        }
        return problems
    }
}
