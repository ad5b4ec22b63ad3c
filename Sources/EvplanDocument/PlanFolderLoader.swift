import EvplanModel
import Foundation

/// A plan folder read from disk: each Markdown file as a `Document`, with the task it belongs to.
public struct LoadedPlan: Sendable {
    public struct File: Sendable {
        public var document: Document
        public var task: TaskCode?
    }

    /// The folder as the user named it.
    public var root: String
    public var event: Document?
    public var files: [File]
    public var diagnostics: [Diagnostic]
}

/// A plan folder opened: event.md read, the other Markdown files found but not yet read. A caller that turns each
/// file into the model as soon as it is read (`PlanParser.parse(_: PlanFolder)`) holds only the files being read in
/// memory as documents, not the whole plan.
public struct PlanFolder: Sendable {
    /// The folder as the user named it.
    public var root: String
    public var event: Document?
    /// The task files (every Markdown file but event.md and READMEs), relative to `root`, sorted.
    public var taskFilePaths: [String]
    /// Set by event.md's `raw_html:`; applies to every file of the plan.
    public var allowRawHTML: Bool
    /// What opening found: event.md missing, empty or unreadable.
    public var diagnostics: [Diagnostic]

    /// Reads one task file: its document and task (nil when it cannot be read), and what reading it found.
    public func loadTaskFile(_ relativePath: String) -> (file: LoadedPlan.File?, diagnostics: [Diagnostic]) {
        let loaded = PlanFolderLoader.loadFile(root: root, relativePath: relativePath, allowRawHTML: allowRawHTML)
        guard let document = loaded.document else { return (nil, loaded.diagnostics) }
        var diagnostics = loaded.diagnostics
        let name = (relativePath as NSString).lastPathComponent
        let task = TaskAssignment.task(frontMatter: document.frontMatter, fileName: name)
        if let declared = document.frontMatter?["task"], task == nil {
            diagnostics.append(Diagnostic(FormatRules.unassignedFile, at: declared.location,
                                          LocalizedText(zh: "task: 「\(declared.scalar ?? "")」不是 T1 到 T8 的工作任務", en: "task: “\(declared.scalar ?? "")” is not one of the tasks T1 to T8")))
        } else if task == nil {
            diagnostics.append(Diagnostic(FormatRules.unassignedFile, at: SourceLocation(file: document.path, line: 1, column: 1),
                                          LocalizedText(zh: "\(name) 不屬於任何工作任務 (T1–T8)", en: "\(name) belongs to no task (T1–T8)")))
        }
        return (LoadedPlan.File(document: document, task: task), diagnostics)
    }
}

/// Walks a plan folder and reads each plan file with the reader its extension picks (`PlanFileReaders`; Markdown
/// today). Reports what cannot be read instead of stopping at it.
public enum PlanFolderLoader {
    /// Folders inside a plan that hold no plan files.
    static let skippedFolders: Set<String> = ["Templates", "build", "node_modules"]

    /// Every file of the plan read into memory at once.
    public static func load(folder root: String) -> LoadedPlan {
        let folder = open(folder: root)
        // Files are independent of each other once event.md has said whether raw HTML is allowed.
        let loaded = folder.taskFilePaths.concurrentMap(folder.loadTaskFile)
        return LoadedPlan(root: root, event: folder.event, files: loaded.compactMap(\.file),
                          diagnostics: folder.diagnostics + loaded.flatMap(\.diagnostics))
    }

    /// Reads event.md and lists the other files.
    public static func open(folder root: String) -> PlanFolder {
        var diagnostics: [Diagnostic] = []
        let relativePaths = markdownFiles(in: root)
        let eventPath = relativePaths.first { $0.lowercased() == "event.md" }

        var event: Document?
        var allowRawHTML = false
        if let eventPath {
            let loaded = loadFile(root: root, relativePath: eventPath, allowRawHTML: false)
            diagnostics += loaded.diagnostics
            event = loaded.document
            if let document = event, document.frontMatter == nil, document.blocks.isEmpty, loaded.diagnostics.isEmpty {
                // An empty event.md (or bare `---` fences) gives no name, dates or cap: as good as none.
                diagnostics.append(Diagnostic(FormatRules.missingEvent, at: SourceLocation(file: document.path, line: 1, column: 1),
                                              LocalizedText(zh: "event.md 是空的：請在 front matter 寫下活動名稱與日期", en: "event.md is empty: give the event's name and dates in its front matter")))
            }
            if let flag = event?.frontMatter?["raw_html"]?.scalar?.lowercased() {
                allowRawHTML = ["true", "yes", "on"].contains(flag)
                if allowRawHTML {
                    // Re-read so event.md's own prose keeps its HTML too.
                    event = loadFile(root: root, relativePath: eventPath, allowRawHTML: true).document
                }
            }
        } else {
            diagnostics.append(Diagnostic(FormatRules.missingEvent, at: SourceLocation(file: displayPath(root: root, relative: "event.md"), line: 1, column: 1),
                                          LocalizedText(zh: "找不到 event.md：每個企劃資料夾都需要一個", en: "No event.md: every plan folder needs one")))
        }

        let taskFilePaths = relativePaths.filter {
            $0 != eventPath && ($0 as NSString).lastPathComponent.lowercased() != "readme.md"
        }
        return PlanFolder(root: root, event: event, taskFilePaths: taskFilePaths, allowRawHTML: allowRawHTML, diagnostics: diagnostics)
    }

    /// Plan files below the folder (those a reader of `PlanFileReaders` reads), relative to it, sorted so that output is deterministic.
    /// Symbolic links to folders are not followed, so a link loop cannot trap the walk.
    static func markdownFiles(in root: String) -> [String] {
        let manager = FileManager.default
        var result: [String] = []
        var pending = [""]
        var visited = 0
        while let relativeFolder = pending.popLast(), visited < 10_000 {
            visited += 1
            let folder = relativeFolder.isEmpty ? root : (root as NSString).appendingPathComponent(relativeFolder)
            guard let entries = try? manager.contentsOfDirectory(atPath: folder) else { continue }
            for entry in entries where !entry.hasPrefix(".") {
                let relative = relativeFolder.isEmpty ? entry : (relativeFolder as NSString).appendingPathComponent(entry)
                let full = (root as NSString).appendingPathComponent(relative)
                let attributes = try? manager.attributesOfItem(atPath: full)
                let type = attributes?[.type] as? FileAttributeType
                if type == .typeDirectory {
                    if !skippedFolders.contains(entry) { pending.append(relative) }
                } else if PlanFileReaders.reader(forFileName: entry) != nil {
                    result.append(relative)
                }
            }
        }
        return result.sorted()
    }

    static func displayPath(root: String, relative: String) -> String {
        if root == "." || root.isEmpty { return relative }
        return (root as NSString).appendingPathComponent(relative)
    }

    /// Loads one file; nil document when it cannot be read or decoded (with the diagnostic that says why).
    public static func loadFile(root: String, relativePath: String, allowRawHTML: Bool) -> (document: Document?, diagnostics: [Diagnostic]) {
        let path = displayPath(root: root, relative: relativePath)
        let full = (root as NSString).appendingPathComponent(relativePath)
        let start = SourceLocation(file: path, line: 1, column: 1)
        guard let data = FileManager.default.contents(atPath: full) else {
            return (nil, [Diagnostic(FormatRules.unreadableFile, at: start, LocalizedText(zh: "無法讀取 \(path)", en: "Cannot read \(path)"))])
        }
        guard let reader = PlanFileReaders.reader(forFileName: relativePath) else {
            return (nil, [Diagnostic(FormatRules.unreadableFile, at: start, LocalizedText(zh: "無法讀取 \(path)", en: "Cannot read \(path)"))])
        }
        return reader.read(data, path: path, options: PlanFileReadOptions(allowRawHTML: allowRawHTML))
    }

    /// Parses already-decoded text as a Markdown plan file at `path`.
    public static func parse(text: String, path: String, allowRawHTML: Bool) -> (document: Document?, diagnostics: [Diagnostic]) {
        let parsed = MarkdownReader().parse(text: text, path: path, options: PlanFileReadOptions(allowRawHTML: allowRawHTML))
        return (parsed.document, parsed.diagnostics)
    }
}
