import Foundation

/// The rules for the ids that name sessions, rounds, roles and categories.
public enum Identifier {
    /// At most this many characters, so that an id stays a safe file name.
    public static let maxLength = 64

    /// Whether `value` is a non-empty run of `a-z`, `0-9` and `-`, not starting with `-`, within the length.
    public static func isValid(_ value: String) -> Bool {
        guard !value.isEmpty, value.utf8.count <= maxLength, value.first != "-" else { return false }
        return value.utf8.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x2D }
    }

    /// The letters of a session id's random part: digits and consonants without look-alikes (no `0`/`o`, `1`/`l`,
    /// no vowels), so that no part spells a word.
    static let sessionAlphabet = Array("23456789bcdfghjkmnpqrstvwxz")

    /// The id of a session opened on `date`: the date and four characters from `random` (`2026-11-29-k7m2`). It
    /// carries no word of the title, since a file name shows in every listing of the folder.
    public static func session(on date: Timestamp, random: UInt64) -> String {
        var value = random
        var part = ""
        for _ in 0..<4 {
            part.append(sessionAlphabet[Int(value % UInt64(sessionAlphabet.count))])
            value /= UInt64(sessionAlphabet.count)
        }
        return date.civil.dateString + "-" + part
    }
}
