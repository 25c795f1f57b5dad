/// The words that answer a yes/no question with yes, in either language.
enum YesAnswer {
    /// Whether `reply` is a yes: `j`, `ja`, `y` or `yes`, in any case, with spaces around; no reply is a no.
    static func isYes(_ reply: String?) -> Bool {
        ["j", "ja", "y", "yes"].contains(reply?.trimmingWhitespace().lowercased() ?? "")
    }
}
