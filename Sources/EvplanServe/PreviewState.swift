import Foundation

/// The latest build and its token. Open pages long-poll for a token other than the one they were served with,
/// and reload when they get it.
public actor PreviewState {
    public private(set) var content: PreviewContent
    private var generation = 1
    /// Differs between runs of `evplan serve`, so a page left open across a restart reloads too.
    private let session = String(UUID().uuidString.prefix(8)).lowercased()
    private var waiters: [UUID: CheckedContinuation<String, Never>] = [:]

    public init(content: PreviewContent) {
        self.content = content
    }

    public var token: String { "\(session)-\(generation)" }

    public func publish(_ newContent: PreviewContent) {
        content = newContent
        generation += 1
        let current = token
        let waiting = waiters
        waiters = [:]
        for waiter in waiting.values { waiter.resume(returning: current) }
    }

    /// Returns as soon as the token differs from `since`, or the current token once `timeout` has passed.
    public func token(after since: String, timeout: Duration) async -> String {
        if since != token || Task.isCancelled { return token }
        let id = UUID()
        let expiry = Task { [weak self] in
            try? await Task.sleep(for: timeout)
            await self?.release(id)
        }
        defer { expiry.cancel() }
        return await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                waiters[id] = continuation
            }
        } onCancel: {
            Task { [weak self] in await self?.release(id) }
        }
    }

    private func release(_ id: UUID) {
        waiters.removeValue(forKey: id)?.resume(returning: token)
    }
}
