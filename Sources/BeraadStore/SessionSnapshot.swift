import BeraadEngine

/// The replayed state of a session as it stood at a point of its journal, kept in `snapshots/ID.state` so that a
/// command need not replay the whole journal: derived, never trusted over the journal, safe to delete.
///
/// A fixed-size header, the state's core (everything but its entries), then its entries, one after another. The
/// header names the journal the state came from (device, inode, the first and the last line it covers, by SHA-256)
/// and the journal as Beraad last left it (its length and modification time after the last append: the *stamp*),
/// and carries a checksum of itself, of the core and of the entries. A command reads the header and the core; the
/// entries are read only when something needs them (`EntryLog`), so that recording in a long session does not read
/// them at all. Each append rewrites the stamp in place, in one write of the header; the state is written again,
/// beside and renamed over, only every few records, the entries copied as they were with the new ones after them.
struct SessionSnapshot: Equatable {
    static let magic = Array("BERAAD-STATE\n".utf8)
    /// The version of this file's layout; the state inside carries `SessionState.binaryVersion` as well.
    static let version = 2
    /// The header's size on disk, magic and checksum included: room for its fields, padded with zeros.
    static let headerSize = 512

    /// Everything but the state.
    struct Header: Equatable {
        var device: UInt64
        var inode: UInt64
        /// The journal's length and modification time (nanoseconds) when Beraad last wrote it.
        var stampLength: Int
        var stampModified: Int64
        /// The journal's length up to the end of the last record the state includes, and how many records that is.
        var length: Int
        var records: Int
        var firstLineHash: String
        /// Where the last covered line begins, and its SHA-256 (what the next line chains to).
        var lastLineStart: Int
        var lastLineHash: String
        /// The core's length and checksum; it follows the header.
        var coreLength: Int
        var coreChecksum: UInt64
        /// How many entries follow the core, the id of the last of them (0 for none), and their bytes' length and
        /// checksum.
        var entryCount: Int
        var lastEntry: Int
        var entriesLength: Int
        var entriesChecksum: UInt64

        /// Where the entries begin in the file.
        var entriesOffset: Int { SessionSnapshot.headerSize + coreLength }
        /// The file's length.
        var fileLength: Int { entriesOffset + entriesLength }

        /// The header's bytes, `headerSize` long; nil if its fields do not fit.
        func encoded() -> [UInt8]? {
            var w = BinaryWriter(capacity: SessionSnapshot.headerSize)
            w.unsigned(UInt64(SessionSnapshot.version))
            w.unsigned(UInt64(SessionState.binaryVersion))
            w.unsigned(device)
            w.unsigned(inode)
            w.int(stampLength)
            w.int64(stampModified)
            w.int(length)
            w.int(records)
            w.string(firstLineHash)
            w.int(lastLineStart)
            w.string(lastLineHash)
            w.int(coreLength)
            w.unsigned(coreChecksum)
            w.int(entryCount)
            w.int(lastEntry)
            w.int(entriesLength)
            w.unsigned(entriesChecksum)
            let room = SessionSnapshot.headerSize - SessionSnapshot.magic.count - 8
            guard w.bytes.count <= room else { return nil }
            var bytes = SessionSnapshot.magic + w.bytes + [UInt8](repeating: 0, count: room - w.bytes.count)
            bytes += Self.littleEndian(Checksum64.of(bytes))
            return bytes
        }

        /// The header at the start of `bytes`; nil for anything Beraad did not write in this version.
        init?(decoding bytes: ArraySlice<UInt8>) {
            let size = SessionSnapshot.headerSize
            guard bytes.count >= size, bytes.starts(with: SessionSnapshot.magic) else { return nil }
            let start = bytes.startIndex
            let body = Array(bytes[start..<(start + size - 8)])
            guard Self.littleEndian(Checksum64.of(body))[...] == bytes[(start + size - 8)..<(start + size)] else {
                return nil
            }
            let decoded = body.withUnsafeBufferPointer { (buffer) -> Header? in
                var r = BinaryReader(buffer, at: SessionSnapshot.magic.count)
                do throws(BinaryReader.Malformed) {
                    guard try r.unsigned() == SessionSnapshot.version,
                        try r.unsigned() == SessionState.binaryVersion
                    else { return nil }
                    let header = Header(
                        device: try r.unsigned(), inode: try r.unsigned(), stampLength: try r.int(),
                        stampModified: try r.int64(), length: try r.int(), records: try r.int(),
                        firstLineHash: try r.string(), lastLineStart: try r.int(), lastLineHash: try r.string(),
                        coreLength: try r.int(), coreChecksum: try r.unsigned(), entryCount: try r.int(),
                        lastEntry: try r.int(), entriesLength: try r.int(), entriesChecksum: try r.unsigned())
                    // Lengths a file could have: what is read by them is then never out of range.
                    guard header.coreLength >= 0, header.entriesLength >= 0, header.entryCount >= 0,
                        header.entryCount <= header.entriesLength, header.lastEntry >= 0,
                        header.coreLength <= Int.max / 4, header.entriesLength <= Int.max / 4
                    else { return nil }
                    return header
                } catch { return nil }
            }
            guard let decoded else { return nil }
            self = decoded
        }

        init(
            device: UInt64, inode: UInt64, stampLength: Int, stampModified: Int64, length: Int, records: Int,
            firstLineHash: String, lastLineStart: Int, lastLineHash: String, coreLength: Int, coreChecksum: UInt64,
            entryCount: Int, lastEntry: Int, entriesLength: Int, entriesChecksum: UInt64
        ) {
            self.device = device
            self.inode = inode
            self.stampLength = stampLength
            self.stampModified = stampModified
            self.length = length
            self.records = records
            self.firstLineHash = firstLineHash
            self.lastLineStart = lastLineStart
            self.lastLineHash = lastLineHash
            self.coreLength = coreLength
            self.coreChecksum = coreChecksum
            self.entryCount = entryCount
            self.lastEntry = lastEntry
            self.entriesLength = entriesLength
            self.entriesChecksum = entriesChecksum
        }

        static func littleEndian(_ value: UInt64) -> [UInt8] {
            (0..<8).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) }
        }
    }
}
