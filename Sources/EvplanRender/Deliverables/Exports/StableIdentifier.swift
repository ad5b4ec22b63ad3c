import Foundation

/// Identifiers derived from the plan's own words, so that every build of the same plan gives the same ones and a
/// calendar or conference app recognises a session it has seen before. Nothing here reads the clock or draws a
/// random number.
enum StableIdentifier {
    /// RFC 4122 / 9562 namespace for URLs (`6ba7b811-9dad-11d1-80b4-00c04fd430c8`); every name evplan hashes is an
    /// `evplan:` URI, so its UUIDs cannot meet those of another generator using the same namespace.
    private static let urlNamespace: [UInt8] = [
        0x6b, 0xa7, 0xb8, 0x11, 0x9d, 0xad, 0x11, 0xd1, 0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8,
    ]

    /// A name-based (version 5, SHA-1) UUID of `name` in `namespace` (the URL namespace unless given), lower case.
    static func uuid(_ name: String, namespace: [UInt8]? = nil) -> String {
        var digest = SHA1.digest(of: (namespace ?? urlNamespace) + Array(name.utf8))
        digest[6] = (digest[6] & 0x0F) | 0x50
        digest[8] = (digest[8] & 0x3F) | 0x80
        let characters = Array(hexadecimal(digest[0..<16]))
        return [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { String(characters[$0]) }.joined(separator: "-")
    }

    /// The first `length` hexadecimal digits of the SHA-1 of `text`: a short fingerprint of a schedule's content.
    static func fingerprint(_ text: String, length: Int = 12) -> String {
        String(hexadecimal(SHA1.digest(of: Array(text.utf8))[...]).prefix(length))
    }

    /// Lower-case hexadecimal digits, without `String(format:)`, which is slow on Linux.
    private static func hexadecimal(_ bytes: ArraySlice<UInt8>) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            result.append(digits[Int(byte >> 4)])
            result.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// A positive number below 2³¹ drawn from `name`, for formats that still want integer ids.
    static func number(_ name: String) -> Int {
        let digest = SHA1.digest(of: Array(name.utf8))
        let value = digest[0..<4].reduce(0) { $0 << 8 | Int($1) } & 0x7FFF_FFFF
        return max(value, 1)
    }
}

/// SHA-1 (FIPS 180-4), only for name-based UUIDs and fingerprints: nothing secret is hashed with it.
enum SHA1 {
    static func digest(of message: [UInt8]) -> [UInt8] {
        var h: [UInt32] = [0x6745_2301, 0xEFCD_AB89, 0x98BA_DCFE, 0x1032_5476, 0xC3D2_E1F0]
        var padded = message
        padded.append(0x80)
        while padded.count % 64 != 56 { padded.append(0) }
        let bitLength = UInt64(message.count) * 8
        for shift in stride(from: 56, through: 0, by: -8) { padded.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift))) }
        var w = [UInt32](repeating: 0, count: 80)
        for chunk in stride(from: 0, to: padded.count, by: 64) {
            for i in 0..<16 {
                let base = chunk + i * 4
                w[i] = UInt32(padded[base]) << 24 | UInt32(padded[base + 1]) << 16 | UInt32(padded[base + 2]) << 8 | UInt32(padded[base + 3])
            }
            for i in 16..<80 {
                let x = w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16]
                w[i] = x << 1 | x >> 31
            }
            var (a, b, c, d, e) = (h[0], h[1], h[2], h[3], h[4])
            for i in 0..<80 {
                let f: UInt32, k: UInt32
                switch i {
                case 0..<20: (f, k) = ((b & c) | (~b & d), 0x5A82_7999)
                case 20..<40: (f, k) = (b ^ c ^ d, 0x6ED9_EBA1)
                case 40..<60: (f, k) = ((b & c) | (b & d) | (c & d), 0x8F1B_BCDC)
                default: (f, k) = (b ^ c ^ d, 0xCA62_C1D6)
                }
                let temp = (a << 5 | a >> 27) &+ f &+ e &+ k &+ w[i]
                (e, d, c, b, a) = (d, c, b << 30 | b >> 2, a, temp)
            }
            h[0] = h[0] &+ a; h[1] = h[1] &+ b; h[2] = h[2] &+ c; h[3] = h[3] &+ d; h[4] = h[4] &+ e
        }
        return h.flatMap { word in [24, 16, 8, 0].map { UInt8(truncatingIfNeeded: word >> UInt32($0)) } }
    }
}
