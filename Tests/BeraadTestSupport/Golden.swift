import Foundation
import Testing

/// Golden files: rendered output stored next to the tests, compared line by line, re-recorded only on request.
public enum Golden {
    /// Whether this run re-records golden files instead of comparing (`BERAAD_RECORD=1 swift test`).
    public static var isRecording: Bool { ProcessInfo.processInfo.environment["BERAAD_RECORD"] == "1" }

    /// Compares `actual` with the file at `url`, or writes it there when recording; a difference names its first
    /// differing line.
    public static func check(
        _ url: URL, _ actual: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        if isRecording {
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        guard expected != actual else { return }
        let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let b = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let line = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
        Issue.record(
            """
            \(url.lastPathComponent) differs at line \(line + 1) (BERAAD_RECORD=1 swift test re-records):
            - \(a.count > line ? String(a[line]) : "<end>")
            + \(b.count > line ? String(b[line]) : "<end>")
            """, sourceLocation: sourceLocation)
    }
}

/// A private temporary folder for one test.
/// A file's permission bits, as the tests of privacy read them.
public func permissions(of path: String) -> mode_t {
    var info = stat()
    stat(path, &info)
    return info.st_mode & 0o777
}

public enum TemporaryFolder {
    /// Creates a new folder (0700) whose name starts with `prefix`, and returns its path.
    public static func make(_ prefix: String) -> String {
        var template = Array((NSTemporaryDirectory() + "/\(prefix)-XXXXXX").utf8CString)
        let path = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
        return String(cString: path!)
    }
}
