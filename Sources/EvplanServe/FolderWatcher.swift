import Foundation

/// Polls a plan folder (its Templates/ included) and calls back once per burst of changes: an editor that
/// writes a swap file, renames and touches the file again causes one rebuild, not three.
public struct FolderWatcher: Sendable {
    public var folder: String
    /// Folders inside the plan that builds write to; changes there are not the planner's edits.
    public var excluded: Set<String>
    public var pollInterval: Duration
    /// How long the folder must stay unchanged before the burst counts as finished.
    public var quietPeriod: Duration

    public init(folder: String, excluding excluded: [String], pollInterval: Duration = .milliseconds(100),
                quietPeriod: Duration = .milliseconds(150)) {
        self.folder = folder
        self.excluded = Set(excluded.map(FolderSnapshot.canonical))
        self.pollInterval = pollInterval
        self.quietPeriod = quietPeriod
    }

    /// Runs until the task is cancelled.
    public func run(onChange: @Sendable () async -> Void) async {
        var warned = false
        // Past the snapshot's limit the rest of the folder is not watched; say so once, not on every poll.
        func take() -> FolderSnapshot {
            let snapshot = FolderSnapshot.take(of: folder, excluding: excluded)
            if snapshot.limitReached, !warned {
                warned = true
                let line = "evplan: \(folder) holds more than \(FolderSnapshot.maximumEntries) files and folders; "
                    + "changes past them are not watched (\(folder) 的檔案與資料夾超過 \(FolderSnapshot.maximumEntries) 個，其餘的變更不會被偵測)\n"
                FileHandle.standardError.write(Data(line.utf8))
            }
            return snapshot
        }
        var seen = take()
        while !Task.isCancelled {
            guard (try? await Task.sleep(for: pollInterval)) != nil else { return }
            var latest = take()
            guard latest != seen else { continue }
            while true {
                guard (try? await Task.sleep(for: quietPeriod)) != nil else { return }
                let settled = take()
                if settled == latest { break }
                latest = settled
            }
            seen = latest
            await onChange()
        }
    }
}
