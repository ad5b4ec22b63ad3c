import Foundation

/// The pre-commit hook `evplan hooks install` writes: a POSIX shell script that first runs the hook it displaced
/// (if any), then `evplan hooks run-staged`.
public enum HookScript {
    /// The line that marks a hook as evplan's own; install replaces and uninstall removes only hooks carrying it.
    public static let marker = "# evplan-hook v1"
    static let markerPrefix = "# evplan-hook "

    /// Where a hook that was already there is kept, and run first, by evplan's.
    public static let chainedSuffix = ".before-evplan"

    public static func text(executable: String) -> String {
        let quoted = shellQuoted(executable)
        return """
        #!/bin/sh
        \(marker)
        # Written by `evplan hooks install`; `evplan hooks uninstall` removes it (and puts back any hook it chained).
        # Checks the event plans this commit touches, as staged: the index, not the working tree.
        # Errors stop the commit, warnings do not. Skip the check for one commit with: git commit --no-verify

        hook_dir=$(dirname -- "$0")
        chained="$hook_dir/pre-commit\(chainedSuffix)"
        if [ -x "$chained" ]; then
          "$chained" "$@" || exit $?
        fi

        evplan=\(quoted)
        if [ ! -x "$evplan" ]; then
          evplan=$(command -v evplan) || {
            echo "evplan hook: cannot find evplan (not at $evplan, not on PATH)." >&2
            echo "Install evplan or run 'evplan hooks uninstall'; skip this check once with: git commit --no-verify" >&2
            exit 1
          }
        fi
        exec "$evplan" hooks run-staged

        """
    }

    /// True when the file at `path` is a hook evplan wrote.
    public static func isEvplanHook(atPath path: String) -> Bool {
        guard let data = FileManager.default.contents(atPath: path) else { return false }
        let head = String(decoding: data.prefix(4096), as: UTF8.self)
        return head.split(separator: "\n", maxSplits: 8).contains { $0.hasPrefix(markerPrefix) }
    }

    static func shellQuoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
