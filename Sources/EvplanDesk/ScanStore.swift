import Foundation
import GRDB

/// The desk's scans, in SQLite (WAL, `synchronous = FULL`): a scan is acknowledged only after its transaction is
/// on disk, so a laptop that loses power loses nothing a desk was told was recorded. A scan's id is made by the desk
/// that scanned; the same id sent again (a desk resending what it did not hear back about) is stored once.
package final class ScanStore: Sendable {
    private let pool: DatabasePool
    package let path: String

    /// One recorded scan of a ticket.
    package struct Scan: Sendable, Equatable {
        package var id: String
        package var ticket: String
        package var desk: String
        package var scannedAt: Date
    }

    /// What recording a scan found: whether the ticket had been scanned before this scan, and its first scan.
    package struct Outcome: Sendable, Equatable {
        /// The ticket was already checked in by an earlier scan (this one is a second visit to a desk).
        package var duplicate: Bool
        package var first: Scan
        package var scanCount: Int
    }

    /// The first scan of each ticket scanned, and how many scans it had.
    package struct CheckIn: Sendable, Equatable {
        package var first: Scan
        package var scanCount: Int
    }

    package struct IDReused: Error, CustomStringConvertible {
        package var description: String { "this scan id was already used for another ticket" }
    }

    package init(path: String) throws {
        self.path = path
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        var configuration = Configuration()
        configuration.prepareDatabase { db in
            // FULL: each commit waits for the WAL to reach the disk, which is what makes an acknowledgement durable.
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
        configuration.busyMode = .timeout(10)
        pool = try DatabasePool(path: path, configuration: configuration)
        try Self.migrator.migrate(pool)
    }

    private static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("scans") { db in
            try db.execute(sql: """
                CREATE TABLE scan (
                    seq INTEGER PRIMARY KEY AUTOINCREMENT,
                    id TEXT NOT NULL UNIQUE,
                    ticket TEXT NOT NULL,
                    code TEXT NOT NULL,
                    desk TEXT NOT NULL,
                    scanned_at DOUBLE NOT NULL,
                    received_at DOUBLE NOT NULL
                );
                CREATE INDEX scan_ticket ON scan(ticket, seq);
                """)
        }
        return migrator
    }

    /// Records a scan of `ticket` (the roster's ticket number; `code` is what the desk sent) unless a scan with this
    /// id is already there, and returns after the commit.
    package func record(id: String, ticket: String, code: String, desk: String, scannedAt: Date, receivedAt: Date = Date()) async throws -> Outcome {
        try await pool.write { db in
            try db.execute(
                sql: "INSERT OR IGNORE INTO scan (id, ticket, code, desk, scanned_at, received_at) VALUES (?, ?, ?, ?, ?, ?)",
                arguments: [id, ticket, code, desk, scannedAt.timeIntervalSince1970, receivedAt.timeIntervalSince1970])
            let stored = try String.fetchOne(db, sql: "SELECT ticket FROM scan WHERE id = ?", arguments: [id])
            guard stored == ticket else { throw IDReused() }
            let firstRow = try Row.fetchOne(db, sql: "SELECT id, ticket, desk, scanned_at FROM scan WHERE ticket = ? ORDER BY seq LIMIT 1",
                                            arguments: [ticket])
            let count = try Int.fetchOne(db, sql: "SELECT count(*) FROM scan WHERE ticket = ?", arguments: [ticket]) ?? 0
            // The scan just stored (or found stored) is one of the ticket's, so there is a first one.
            guard let firstRow else { throw DatabaseError(resultCode: .SQLITE_INTERNAL, message: "no scan of ticket \(ticket) after recording one") }
            let first = Self.scan(firstRow)
            return Outcome(duplicate: first.id != id, first: first, scanCount: count)
        }
    }

    /// Each ticket's first scan and its number of scans.
    package func checkIns() async throws -> [String: CheckIn] {
        try await pool.read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT s.id, s.ticket, s.desk, s.scanned_at, c.n FROM scan s
                JOIN (SELECT ticket, min(seq) AS first, count(*) AS n FROM scan GROUP BY ticket) c ON s.seq = c.first
                """)
            var result: [String: CheckIn] = [:]
            for row in rows {
                let scan = Self.scan(row)
                result[scan.ticket] = CheckIn(first: scan, scanCount: row["n"])
            }
            return result
        }
    }

    package func scanCount() async throws -> Int {
        try await pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM scan") ?? 0 }
    }

    private static func scan(_ row: Row) -> Scan {
        Scan(id: row["id"], ticket: row["ticket"], desk: row["desk"], scannedAt: Date(timeIntervalSince1970: row["scanned_at"]))
    }
}

extension ScanStore {
    /// Every scan id recorded: what a desk's outbox can be checked against, and what the durability test reads.
    package func scanIDs() async throws -> Set<String> {
        try await pool.read { db in Set(try String.fetchAll(db, sql: "SELECT id FROM scan")) }
    }
}
