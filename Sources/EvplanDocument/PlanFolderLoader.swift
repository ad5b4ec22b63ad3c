import EvplanModel
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
        // A ticketing export is T8's, whatever its name (`attendees.csv`).
        let task = document.ticketExport != nil ? .t8 : TaskAssignment.task(frontMatter: document.frontMatter, fileName: name)
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
    public static var skippedFolderNames: Set<String> { skippedFolders }

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
        let walked = walk(root)
        diagnostics += walked.diagnostics
        let relativePaths = walked.files
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

    /// Folders walked at most; past it the rest are reported (`format.too-many-files`), not read.
    static let maximumFolders = 10_000
    /// Markdown files listed at most; past it the rest are reported, not read.
    static let maximumFiles = 10_000
    /// The largest file read, in bytes; a larger one is reported (`format.too-large`), not read.
    public static let maximumFileBytes = 20 * 1024 * 1024

    /// Plan files below the folder (those a reader of `PlanFileReaders` reads), relative to it, sorted so that output
    /// is deterministic.
    static func markdownFiles(in root: String) -> [String] {
        walk(root).files
    }

    /// Markdown files below the folder, relative to it, sorted, and what the walk found wrong: links to folders
    /// outside the plan (`format.outside-plan`), links that loop back (`format.symlink-loop`) and a plan past the
    /// limits (`format.too-many-files`). Links to folders are never followed, so nothing is read twice and no link
    /// loop can trap the walk; a link to a folder inside the plan is simply read where the folder really is.
    /// Links to files are listed; `loadFile` reads them only when they resolve inside the plan.
    static func walk(_ root: String) -> (files: [String], diagnostics: [Diagnostic]) {
        let manager = FileManager.default
        let boundary = PlanBoundary(root: root)
        var result: [String] = []
        var diagnostics: [Diagnostic] = []
        var pending = [""]
        var walked = 0
        var visited: Set<[UInt64]> = []
        var skippedFiles: [String] = []
        func report(_ rule: RuleDescriptor, _ relative: String, _ message: LocalizedText) {
            diagnostics.append(Diagnostic(rule, at: SourceLocation(file: displayPath(root: root, relative: relative), line: 1, column: 1), message))
        }
        while let relativeFolder = pending.popLast() {
            guard walked < maximumFolders else {
                let first = displayPath(root: root, relative: relativeFolder)
                report(FormatRules.tooManyFiles, relativeFolder, LocalizedText(
                    zh: "企劃資料夾超過 \(maximumFolders) 個資料夾：\(first) 與其餘 \(pending.count) 個資料夾裡的檔案沒有讀取",
                    en: "The plan holds more than \(maximumFolders) folders: the files in \(first) and \(pending.count) more folders were not read"))
                break
            }
            walked += 1
            let folder = relativeFolder.isEmpty ? root : (root as NSString).appendingPathComponent(relativeFolder)
            var folderInfo = stat()
            // A folder reached twice (a bind mount of a folder above it) is walked once.
            if lstat(folder, &folderInfo) == 0 {
                guard visited.insert([UInt64(folderInfo.st_dev), UInt64(folderInfo.st_ino)]).inserted else { continue }
            }
            guard let entries = try? manager.contentsOfDirectory(atPath: folder) else { continue }
            for entry in entries.sorted(by: >) where !entry.hasPrefix(".") {
                let relative = relativeFolder.isEmpty ? entry : (relativeFolder as NSString).appendingPathComponent(entry)
                let full = (root as NSString).appendingPathComponent(relative)
                var info = stat()
                guard lstat(full, &info) == 0 else { continue }
                let isMarkdown = PlanFileReaders.isPlanFile(named: entry)
                switch info.st_mode & S_IFMT {
                case S_IFDIR:
                    if !skippedFolders.contains(entry) { pending.append(relative) }
                case S_IFLNK:
                    let link = displayPath(root: root, relative: relative)
                    switch boundary.resolve(full) {
                    case let .outside(target):
                        // A link to a file outside is reported by `loadFile` when it is a plan file, and never read.
                        var targetInfo = stat()
                        let isFolder = stat(full, &targetInfo) == 0 && (targetInfo.st_mode & S_IFMT) == S_IFDIR
                        if isFolder || isMarkdown {
                            if isFolder { report(FormatRules.outsidePlan, relative, outsideMessage(link: link, target: target)) } else { result.append(relative) }
                        }
                    case .loop:
                        if isMarkdown { result.append(relative) } else { report(FormatRules.symlinkLoop, relative, loopMessage(link: link)) }
                    case let .inside(target):
                        var targetInfo = stat()
                        if stat(full, &targetInfo) == 0, (targetInfo.st_mode & S_IFMT) == S_IFDIR {
                            // A link to the plan folder or a folder above the link would walk the same files forever.
                            let parent = PlanBoundary.realPath(folder).path ?? ""
                            if PlanBoundary.isSameOrBelow(parent, target) {
                                report(FormatRules.symlinkLoop, relative, LocalizedText(
                                    zh: "\(link) 連回它所在的資料夾或上層資料夾（\(target)），形成迴圈，沒有讀取",
                                    en: "\(link) links back to a folder it is in (\(target)), a loop; it was not followed"))
                            }
                        } else if isMarkdown {
                            result.append(relative)
                        }
                    case .missing:
                        if isMarkdown { result.append(relative) }
                    }
                default:
                    guard isMarkdown else { continue }
                    if result.count < maximumFiles { result.append(relative) } else { skippedFiles.append(relative) }
                }
            }
        }
        if result.count > maximumFiles {
            // Links are listed before the count is checked; trim to the limit in the same order as plain files.
            result.sort()
            skippedFiles += result[maximumFiles...]
            result.removeSubrange(maximumFiles...)
        }
        if let first = skippedFiles.min() {
            report(FormatRules.tooManyFiles, first, LocalizedText(
                zh: "企劃資料夾超過 \(maximumFiles) 個 Markdown 檔案：\(displayPath(root: root, relative: first)) 與其餘 \(skippedFiles.count - 1) 個檔案沒有讀取",
                en: "The plan holds more than \(maximumFiles) Markdown files: \(displayPath(root: root, relative: first)) and \(skippedFiles.count - 1) more were not read"))
        }
        return (result.sorted(), diagnostics)
    }

    static func outsideMessage(link: String, target: String) -> LocalizedText {
        LocalizedText(zh: "\(link) 是指向企劃資料夾以外的連結（\(target)），沒有讀取",
                      en: "\(link) links outside the plan folder (to \(target)); it was not read")
    }

    static func loopMessage(link: String) -> LocalizedText {
        LocalizedText(zh: "\(link) 是繞回自己的符號連結，沒有讀取", en: "\(link) is a symbolic link that loops back on itself; it was not read")
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
        let unreadable = Diagnostic(FormatRules.unreadableFile, at: start, LocalizedText(zh: "無法讀取 \(path)", en: "Cannot read \(path)"))
        // Only a regular file inside the plan folder is read, from its real path.
        let real: String
        switch PlanBoundary(root: root).resolve(full) {
        case let .inside(target): real = target
        case let .outside(target): return (nil, [Diagnostic(FormatRules.outsidePlan, at: start, outsideMessage(link: path, target: target))])
        case .loop: return (nil, [Diagnostic(FormatRules.symlinkLoop, at: start, loopMessage(link: path))])
        case .missing: return (nil, [unreadable])
        }
        var info = stat()
        guard stat(real, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return (nil, [unreadable]) }
        guard info.st_size <= maximumFileBytes else { return (nil, [tooLarge(path: path, bytes: Int(info.st_size))]) }
        guard let handle = FileHandle(forReadingAtPath: real) else { return (nil, [unreadable]) }
        defer { try? handle.close() }
        // Read no more than the limit and one byte, in case the file grew since it was looked at.
        guard let data = try? handle.read(upToCount: maximumFileBytes + 1) ?? Data() else { return (nil, [unreadable]) }
        guard data.count <= maximumFileBytes else { return (nil, [tooLarge(path: path, bytes: data.count)]) }
        guard let reader = PlanFileReaders.reader(forFileName: relativePath) else { return (nil, [unreadable]) }
        return reader.read(data, path: path, options: PlanFileReadOptions(allowRawHTML: allowRawHTML, planRoot: root))
    }

    static func tooLarge(path: String, bytes: Int) -> Diagnostic {
        let megabytes = String(format: "%.1f", Double(bytes) / 1_048_576), limit = maximumFileBytes / 1_048_576
        return Diagnostic(FormatRules.tooLarge, at: SourceLocation(file: path, line: 1, column: 1), LocalizedText(
            zh: "\(path) 有 \(megabytes) MB，超過單一檔案 \(limit) MB 的上限，沒有讀取。請把它拆成幾個檔案",
            en: "\(path) is \(megabytes) MB, past the limit of \(limit) MB per file; it was not read. Split it into several files"))
    }

    /// Parses already-decoded text as a Markdown plan file at `path`. Images it shows from the plan folder `planRoot`
    /// are embedded; without one they are shown as links.
    public static func parse(text: String, path: String, allowRawHTML: Bool, planRoot: String? = nil) -> (document: Document?, diagnostics: [Diagnostic]) {
        let parsed = MarkdownReader().parse(text: text, path: path, options: PlanFileReadOptions(allowRawHTML: allowRawHTML, planRoot: planRoot))
        return (parsed.document, parsed.diagnostics)
    }
}
