import Foundation

/// Who may use the desk: a request carrying the token printed at start, as `Authorization: Bearer …` (scripts) or
/// as the cookie the page sets when opened from the printed URL (`/?token=…`).
package struct DeskAccess: Sendable {
    package let token: String
    package static let cookieName = "evplan_desk"

    package init(token: String?) {
        self.token = token ?? Self.randomToken()
    }

    /// 128 random bits, as 32 hex digits: short enough to type from a screen, long enough not to be guessed.
    package static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<4).map { _ in String(format: "%08x", UInt32.random(in: .min ... .max, using: &generator)) }.joined()
    }

    /// Whether the request's Authorization header or cookie holds the token.
    package func admits(authorization: String?, cookie: String?) -> Bool {
        if let authorization, authorization.lowercased().hasPrefix("bearer "),
           matches(String(authorization.dropFirst("bearer ".count)).trimmingCharacters(in: .whitespaces)) {
            return true
        }
        return Self.cookieValue(cookie, named: Self.cookieName).map(matches) ?? false
    }

    /// Compares every byte whatever the first difference, so the time taken says nothing of how much was right.
    package func matches(_ candidate: String) -> Bool {
        let given = Array(candidate.utf8)
        let expected = Array(token.utf8)
        var difference = given.count ^ expected.count
        for index in expected.indices {
            difference |= Int(expected[index] ^ (index < given.count ? given[index] : 0))
        }
        return difference == 0
    }

    /// The cookie that keeps a desk signed in for the event's days; never readable by the page's script, never sent
    /// by another site.
    package var setCookie: String {
        "\(Self.cookieName)=\(token); Path=/; Max-Age=\(4 * 24 * 3600); HttpOnly; SameSite=Strict"
    }

    static func cookieValue(_ header: String?, named name: String) -> String? {
        guard let header else { return nil }
        for pair in header.split(separator: ";") {
            let parts = pair.split(separator: "=", maxSplits: 1)
            if parts.count == 2, parts[0].trimmingCharacters(in: .whitespaces) == name {
                return parts[1].trimmingCharacters(in: .whitespaces)
            }
        }
        return nil
    }
}
