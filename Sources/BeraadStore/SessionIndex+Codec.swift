import BeraadEngine

/// The index file's own text format: one `S` line per session (its id and its journal's stamp, then the summary's
/// own fields), followed by the summary's further lines (an `A` line per action and a `G` line per signal); fields
/// are separated by tabs, with `\\`, tab, newline and carriage return escaped, and `\0` standing for "none". It is
/// written and read by hand because listings over ten thousand sessions read it on every call, and a general JSON
/// decoder takes several times as long for the same data.
extension SessionIndex {
    static let header = "beraad-index \(currentVersion)"

    /// The index as text.
    func encoded() -> [UInt8] {
        var out = Array((Self.header + "\n").utf8)
        for id in entries.keys.sorted() {
            guard let entry = entries[id], let first = entry.lines.first else { continue }
            let stamp = entry.stamp
            Self.append(&out, ["S", id, String(stamp.size), String(stamp.modified), String(stamp.inode)] + first)
            for line in entry.lines.dropFirst() { Self.append(&out, line) }
        }
        return out
    }

    /// The index `bytes` hold; nil when they are not an index of this version (then it is made anew). Whether each
    /// entry's lines are a summary is for the summary to say, when it is read.
    static func decoded(_ bytes: [UInt8]) -> SessionIndex? {
        var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true)[...]
        guard let first = lines.popFirst(), String(decoding: first, as: UTF8.self) == header else { return nil }
        var index = SessionIndex()
        var current: (id: String, entry: Entry)?
        func finish() {
            if let current { index.entries[current.id] = current.entry }
            current = nil
        }
        for line in lines {
            let f = line.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false).map(Self.field)
            switch f.first ?? nil {
            case "S":
                finish()
                guard f.count > 5, let id = f[1], let size = f[2].flatMap({ Int64($0) }),
                    let modified = f[3].flatMap({ Int64($0) }), let inode = f[4].flatMap({ UInt64($0) })
                else { return nil }
                current = (
                    id,
                    Entry(stamp: JournalStamp(size: size, modified: modified, inode: inode), lines: [Array(f[5...])])
                )
            case .some:
                guard current != nil else { return nil }
                current?.entry.lines.append(f)
            case nil:
                return nil
            }
        }
        finish()
        return index
    }

    private static func append(_ out: inout [UInt8], _ fields: [String?]) {
        for (position, field) in fields.enumerated() {
            if position > 0 { out.append(UInt8(ascii: "\t")) }
            guard let field else {
                out += [UInt8(ascii: "\\"), UInt8(ascii: "0")]
                continue
            }
            for byte in field.utf8 {
                switch byte {
                case UInt8(ascii: "\\"): out += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
                case UInt8(ascii: "\t"): out += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
                case UInt8(ascii: "\n"): out += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
                case UInt8(ascii: "\r"): out += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
                default: out.append(byte)
                }
            }
        }
        out.append(UInt8(ascii: "\n"))
    }

    /// One field: `\0` is none; escapes undone.
    private static func field(_ bytes: ArraySlice<UInt8>) -> String? {
        guard bytes.contains(UInt8(ascii: "\\")) else { return String(decoding: bytes, as: UTF8.self) }
        if bytes.elementsEqual([UInt8(ascii: "\\"), UInt8(ascii: "0")]) { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var escaped = false
        for byte in bytes {
            if escaped {
                switch byte {
                case UInt8(ascii: "t"): out.append(UInt8(ascii: "\t"))
                case UInt8(ascii: "n"): out.append(UInt8(ascii: "\n"))
                case UInt8(ascii: "r"): out.append(UInt8(ascii: "\r"))
                default: out.append(byte)
                }
                escaped = false
            } else if byte == UInt8(ascii: "\\") {
                escaped = true
            } else {
                out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
