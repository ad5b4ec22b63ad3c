import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import XCTest

/// A plan folder for the desk tests: a conference's event.md and a KKTIX attendee export of `tickets` tickets
/// (every 25th cancelled, every 40th refunded), written the way KKTIX writes it (UTF-8 with BOM, CRLF).
enum DeskPlan {
    static func write(tickets: Int, in test: XCTestCase) throws -> URL {
        let folder = try EvplanBinary.temporaryFolder(test).appendingPathComponent("desk-plan")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try """
            ---
            name: 2027 臺中設計週
            lang: zh-TW
            dates: 2027-10-16 ~ 2027-10-17
            organizer: 臺中市設計師協會
            attendees: \(tickets)
            ---
            # 2027 臺中設計週

            兩天的展覽與講座；報名由 KKTIX 售票，匯出檔 T8-kktix-attendees.csv 放在企劃資料夾。

            """.write(to: folder.appendingPathComponent("event.md"), atomically: true, encoding: .utf8)
        var rows = ["Id,訂單編號,報名序號,檢查碼,票種,票券付款狀態,QR Code 序號,售出日期,票面價格,聯絡人 姓名,聯絡人 Email,聯絡人 手機"]
        let surnames = Array("陳林黃張李王吳劉蔡楊許鄭謝郭洪曾")
        let given = ["家豪", "詩涵", "宗翰", "雅婷", "冠宇", "怡君", "承恩", "佳穎"]
        for number in 1...tickets {
            let type = number % 5 == 0 ? "學生票" : number % 3 == 0 ? "早鳥票" : "一般票"
            let state = number % 25 == 0 ? "cancelled" : number % 40 == 0 ? "refunded" : "paid"
            let name = "\(surnames[number % surnames.count])\(given[number % given.count])"
            rows.append("\(130_000_000 + number),\(160_000_000 + number),\(number),\(checkCode(number)),\(type),\(state),\(qrSerial(number)),2027-08-01,800.0,\(name),guest\(number)@example.org,09\(String(format: "%08d", 12_345_000 + number))")
        }
        try Data(([0xEF, 0xBB, 0xBF] as [UInt8]) + Array(rows.joined(separator: "\r\n").utf8) + Array("\r\n".utf8))
            .write(to: folder.appendingPathComponent("T8-kktix-attendees.csv"))
        return folder
    }

    static func qrSerial(_ number: Int) -> String { String(format: "%016llx", UInt64(number) &* 0x9E37_79B9_7F4A_7C15) }

    static func checkCode(_ number: Int) -> String {
        let letters = Array("ABCDEFGHJKLMNPQRSTUVWXYZ")
        var value = number &* 7919
        return String((0..<4).map { _ in
            defer { value /= letters.count }
            return letters[value % letters.count]
        })
    }

    static func isActive(_ number: Int) -> Bool { number % 25 != 0 && number % 40 != 0 }
}

/// Talks to a running `evplan desk` the way a desk's page does (or a script, with the bearer token).
struct DeskClient: Sendable {
    let base: URL
    let token: String?

    struct Answer {
        var status: Int
        var json: [String: Any]
        var body: Data
    }

    func post(_ path: String, json object: [String: Any], contentType: String = "application/json", timeout: TimeInterval = 10) throws -> Answer {
        let body = try JSONSerialization.data(withJSONObject: object)
        return try send(path, method: "POST", body: body, headers: ["Content-Type": contentType], timeout: timeout)
    }

    func get(_ path: String, headers: [String: String] = [:], timeout: TimeInterval = 10) throws -> Answer {
        try send(path, method: "GET", body: nil, headers: headers, timeout: timeout)
    }

    func scan(id: String, ticket: String, desk: String) throws -> Answer {
        try post("/api/scans", json: ["id": id, "ticket": ticket, "desk": desk])
    }

    func send(_ path: String, method: String, body: Data?, headers: [String: String], timeout: TimeInterval) throws -> Answer {
        var request = URLRequest(url: URL(string: path, relativeTo: base)!.absoluteURL)
        request.httpMethod = method
        request.httpBody = body
        request.timeoutInterval = timeout
        if let token { request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization") }
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        let done = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var result: Result<Answer, Error> = .failure(URLError(.timedOut))
        URLSession.shared.dataTask(with: request) { data, response, error in
            if let error {
                result = .failure(error)
            } else {
                let data = data ?? Data()
                let json = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] ?? [:]
                result = .success(Answer(status: (response as? HTTPURLResponse)?.statusCode ?? 0, json: json, body: data))
            }
            done.signal()
        }.resume()
        done.wait()
        return try result.get()
    }
}
