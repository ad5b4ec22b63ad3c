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
        var seen = FolderSnapshot.take(of: folder, excluding: excluded)
        while !Task.isCancelled {
            guard (try? await Task.sleep(for: pollInterval)) != nil else { return }
            var latest = FolderSnapshot.take(of: folder, excluding: excluded)
            guard latest != seen else { continue }
            while true {
                guard (try? await Task.sleep(for: quietPeriod)) != nil else { return }
                let settled = FolderSnapshot.take(of: folder, excluding: excluded)
                if settled == latest { break }
                latest = settled
            }
            seen = latest
            await onChange()
        }
    }
}
