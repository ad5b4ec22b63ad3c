import Dispatch
import Foundation

/// Runs async work from a synchronous command until it ends or Ctrl-C (SIGINT) or SIGTERM arrives, which
/// cancel it so that servers close their sockets and builds finish the file they are writing.
public enum InterruptibleRun {
    public enum Ending {
        case finished
        case interrupted
        case failed(Error)
    }

    public static func run(_ work: @escaping @Sendable () async throws -> Void) -> Ending {
        let done = DispatchSemaphore(value: 0)
        let outcome = OutcomeBox()
        let task = Task {
            do {
                try await work()
            } catch {
                outcome.fail(error)
            }
            done.signal()
        }
        let sources = [SIGINT, SIGTERM].map { number -> DispatchSourceSignal in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                outcome.interrupt()
                task.cancel()
                // A connection that ignores cancellation must not keep the command from ending.
                DispatchQueue.global().asyncAfter(deadline: .now() + 2) { done.signal() }
            }
            source.resume()
            return source
        }
        done.wait()
        sources.forEach { $0.cancel() }
        return outcome.ending
    }

    private final class OutcomeBox: @unchecked Sendable {
        private let lock = NSLock()
        private var interrupted = false
        private var error: Error?

        func interrupt() { lock.withLock { interrupted = true } }
        func fail(_ error: Error) { lock.withLock { self.error = error } }

        var ending: Ending {
            lock.withLock {
                if interrupted { return .interrupted }
                if let error { return .failed(error) }
                return .finished
            }
        }
    }
}
