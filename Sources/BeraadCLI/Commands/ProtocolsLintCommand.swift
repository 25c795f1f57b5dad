import BeraadEngine
import BeraadMinutes
import Foundation

/// `protocols lint FILE…`: validates protocol files, reporting every problem with line and column.
struct ProtocolsLintCommand: BeraadCommand {
    static let files = Argument(.file, .protocolsLintFile, kind: .file, variadic: true)
    static let declaration = CommandDeclaration(
        "lint", group: .other, summary: .protocolsLint, arguments: [files.declaration])

    var files: [String]

    init(parsing arguments: ParsedArguments) throws(ParseError) {
        files = try arguments.all(Self.files)
    }

    func run(_ context: Context) throws(CLIError) {
        var failures = 0
        for file in files {
            let path = context.absolutePath(file)
            guard let data = FileManager.default.contents(atPath: path) else {
                context.environment.output.err(
                    "\(file): " + context.t(.message(.error(text: context.t(.message(.cannotBeRead))))) + "\n")
                failures += 1
                continue
            }
            let findings = ProtocolLinter.lint(data, minutesSections: MinutesSection.names)
            if findings.isEmpty {
                context.print("\(file): ok")
            } else {
                failures += 1
                for finding in findings {
                    context.environment.output.err("\(file):" + finding.describe(context.lang) + "\n")
                }
            }
        }
        if failures > 0 {
            throw CLIError(
                .invalidData, context.t(.message(.filesWithErrors(count: failures))))
        }
    }
}
