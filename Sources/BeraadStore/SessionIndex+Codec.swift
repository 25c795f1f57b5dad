import BeraadEngine

/// The index file's own text format: one `S` line per session, followed by an `A` line per action and a `G` line
/// per signal; fields are separated by tabs, with `\\`, tab, newline and carriage return escaped, and `\0` standing
/// for "none". It is written and read by hand because listings over ten thousand sessions read it on every call,
/// and a general JSON decoder takes several times as long for the same data.
extension SessionIndex {
    static let header = "beraad-index \(currentVersion)"

    /// The index as text.
    func encoded() -> [UInt8] {
        var out = Array((Self.header + "\n").utf8)
        for id in entries.keys.sorted() {
            guard let entry = entries[id] else { continue }
            let s = entry.summary
            var fields: [String?] = [
                "S", id, String(entry.size), String(entry.modified), String(entry.inode), s.title, s.protocolID,
                s.lang.rawValue, String(s.openedAt.seconds), String(s.openedAt.offsetSeconds), String(s.lastAt.seconds),
                String(s.lastAt.offsetSeconds), s.state.rawValue, s.approved ? "1" : "0", String(s.roundIndex),
                s.roundTitle?.nl, s.roundTitle?.en, s.team, s.planned, s.followUpOf, s.decision, s.review,
                s.reviewed ? "1" : "0", s.shared ? "1" : "0", s.searchText,
            ]
            Self.append(&out, fields)
            for a in s.actions {
                fields = [
                    "A", String(a.number), a.text, a.owner, a.due, a.done ? "1" : "0", a.doneOn, a.note, a.agreedOn,
                ]
                Self.append(&out, fields)
            }
            for g in s.signals {
                fields = [
                    "G", String(g.number), g.text, g.level?.rawValue, g.theme, g.state.rawValue, g.to, g.answer,
                    g.raisedOn, g.updatedOn,
                ]
                Self.append(&out, fields)
            }
        }
        return out
    }

    /// The index `bytes` hold; nil when they are not an index of this version (then it is made anew).
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
                guard f.count == 25, let id = f[1], let size = f[2].flatMap({ Int64($0) }),
                    let modified = f[3].flatMap({ Int64($0) }), let inode = f[4].flatMap({ UInt64($0) }),
                    let title = f[5], let protocolID = f[6], let lang = f[7].flatMap(Language.init(rawValue:)),
                    let opened = Self.stamp(f[8], f[9]), let last = Self.stamp(f[10], f[11]),
                    let state = f[12].flatMap(SessionSummary.State.init(rawValue:)),
                    let roundIndex = f[14].flatMap({ Int($0) }), let search = f[24]
                else { return nil }
                let roundTitle = f[15].flatMap { nl in f[16].map { LocalizedText(nl: nl, en: $0) } }
                let summary = SessionSummary(
                    id: id, title: title, protocolID: protocolID, lang: lang, openedAt: opened, lastAt: last,
                    state: state, approved: f[13] == "1", roundIndex: roundIndex, roundTitle: roundTitle, team: f[17],
                    planned: f[18], followUpOf: f[19], decision: f[20], review: f[21], reviewed: f[22] == "1",
                    actions: [], signals: [], shared: f[23] == "1", searchText: search)
                current = (id, Entry(size: size, modified: modified, inode: inode, summary: summary))
            case "A":
                guard f.count == 9, current != nil, let number = f[1].flatMap({ Int($0) }), let text = f[2],
                    let owner = f[3], let agreedOn = f[8]
                else { return nil }
                current?.entry.summary.actions.append(
                    ActionSummary(
                        number: number, text: text, owner: owner, due: f[4], done: f[5] == "1", doneOn: f[6],
                        note: f[7], agreedOn: agreedOn))
            case "G":
                guard f.count == 10, current != nil, let number = f[1].flatMap({ Int($0) }), let text = f[2],
                    let state = f[5].flatMap(SignalState.init(rawValue:)), let raisedOn = f[8], let updatedOn = f[9]
                else { return nil }
                current?.entry.summary.signals.append(
                    SignalSummary(
                        number: number, text: text, level: f[3].flatMap(SignalLevel.init(rawValue:)), theme: f[4],
                        state: state, to: f[6], answer: f[7], raisedOn: raisedOn, updatedOn: updatedOn))
            default:
                return nil
            }
        }
        finish()
        return index
    }

    private static func stamp(_ seconds: String?, _ offset: String?) -> Timestamp? {
        guard let seconds = seconds.flatMap({ Int64($0) }), let offset = offset.flatMap({ Int($0) }) else { return nil }
        return Timestamp(seconds: seconds, offsetSeconds: offset)
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
