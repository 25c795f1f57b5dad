import BeraadCLI
import Foundation

// Everything the process creates is private (0600 files, 0700 folders), even where a mode is not given.
umask(0o077)
// A closed pipe (`beraad log | head -1`) ends the output quietly instead of killing the process mid-way; every
// entry is on disk before anything is printed anyway.
signal(SIGPIPE, SIG_IGN)
exit(Beraad.run(Array(CommandLine.arguments.dropFirst()), environment: .process()))
