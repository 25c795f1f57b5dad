import BeraadEngine
import BeraadStore
import Foundation

/// `demo`: plays the worked example in a throw-away home and writes its minutes.
struct DemoCommand: BeraadCommand {
    static let directory = Option("dir", nl: "map", value: .directory, .demoDirectory, kind: .directory)
    static let declaration = CommandDeclaration(
        "demo", group: .other, summary: .demo, options: [directory.declaration])

    var directory: String?

    init(parsing arguments: ParsedArguments) throws(ParseError) {
        directory = try arguments.value(Self.directory)
    }

    func run(_ context: Context) throws(CLIError) {
        let given = self.directory ?? "beraad-demo"
        let directory = context.absolutePath(given)
        let home = try Self.temporaryHome(context)
        defer { try? FileManager.default.removeItem(atPath: home) }

        let minutes = try Self.play(home: home, context: context)
        do {
            try PrivateFile.makeDirectory(directory)
            try PrivateFile.write(minutes.markdown, to: directory + "/minutes.md")
            try PrivateFile.write(minutes.html, to: directory + "/minutes.html")
        } catch { throw error.cliError(context.lang) }

        if context.globals.json {
            try context.printJSON(["minutes": directory + "/minutes.md", "html": directory + "/minutes.html"])
            return
        }
        context.print(
            context.t(
                .message(
                    .demoPlayed(
                        title: DemoScenario.title, participants: String(DemoScenario.participantCount),
                        directory: directory))))
    }

    /// Plays every step against `home` in this process and returns the minutes as Markdown and HTML.
    static func play(home: String, context: Context) throws(CLIError) -> (markdown: String, html: String) {
        var environment = context.environment
        var variables = ["BERAAD_HOME": home, "BERAAD_LOCK_TIMEOUT": "10"]
        for name in ["BERAAD_LANG", "LC_ALL", "LC_MESSAGES", "LANG"] { variables[name] = environment.variables[name] }
        environment.variables = variables
        let stepEnd = DemoScenario.steps.last.flatMap { Timestamp.parse($0.at) }
        // The minutes are made "at" the last step, so the file is the same on every run.
        environment.clock = { stepEnd?.seconds ?? 0 }
        let random = SeededRandom(seed: 2026)
        environment.random = { random.next() }
        for step in DemoScenario.steps {
            let sink = CapturedOutput()
            environment.output = sink.output
            let code = Beraad.run(step.arguments + ["--at", step.at], environment: environment)
            guard code == 0 else {
                throw CLIError(
                    ExitCode(rawValue: code) ?? .ioError,
                    context.t(
                        .message(
                            .demoFailed(
                                step: step.arguments.joined(separator: " "),
                                reason: sink.stderr.replacingOccurrences(
                                    of: context.t(.message(.error(text: ""))), with: ""
                                ).trimmingCharacters(
                                    in: .whitespacesAndNewlines)))))
            }
        }
        func minutes(_ format: String) throws(CLIError) -> String {
            let output = CapturedOutput()
            environment.output = output.output
            let code = Beraad.run(["minutes", "--format", format], environment: environment)
            guard code == 0 else { throw CLIError(ExitCode(rawValue: code) ?? .ioError, output.stderr) }
            return output.stdout
        }
        return (try minutes("markdown"), try minutes("html"))
    }

    private static func temporaryHome(_ context: Context) throws(CLIError) -> String {
        let base =
            (context.environment.variables["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp")
            + "/beraad-demo-XXXXXX"
        var template = Array(base.utf8CString)
        let made = template.withUnsafeMutableBufferPointer { buffer in buffer.baseAddress.flatMap { mkdtemp($0) } }
        guard made != nil else {
            throw CLIError(
                .ioError, context.t(.message(.noTemporaryFolder(path: base))))
        }
        return String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
