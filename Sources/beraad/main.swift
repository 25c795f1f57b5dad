import BeraadCLI
import Foundation

// Everything the process creates is private (0600 files, 0700 folders), even where a mode is not given.
umask(0o077)
exit(Beraad.run(Array(CommandLine.arguments.dropFirst()), environment: .process()))
