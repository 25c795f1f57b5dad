/// Edit distances and the nearest-word suggestions built on them (`Did you mean …?`).
public enum EditDistance {
    /// The number of single-letter edits between `a` and `b`, ignoring case; with `transpositions`, swapping two
    /// neighbouring letters counts as one edit ("vaule" → "value").
    public static func between(_ a: String, _ b: String, transpositions: Bool = false) -> Int {
        let a = Array(a.lowercased())
        let b = Array(b.lowercased())
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var d = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if transpositions, i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
                }
            }
        }
        return d[a.count][b.count]
    }

    /// The candidate closest to `word`, if it is within an edit distance under 4 and closer than the word is long
    /// (for commands, options and names).
    public static func suggestion(for word: String, among candidates: [String]) -> String? {
        let scored = candidates.map { ($0, between(word, $0)) }.filter { $0.1 < 4 && $0.1 < max(word.count, 2) }
        return scored.min { $0.1 < $1.1 }?.0
    }
}
