@testable import BeraadCLI
import Testing

@Suite struct YesAnswerTests {
    @Test(arguments: ["j", "ja", "y", "yes", " JA ", "Yes\n"])
    func aYesInEitherLanguageIsAYes(reply: String) {
        #expect(YesAnswer.isYes(reply))
    }

    @Test(arguments: [nil, "", "n", "nee", "no", "jaa", "yes please", "ok"] as [String?])
    func anythingElseOrNoReplyIsANo(reply: String?) {
        #expect(!YesAnswer.isYes(reply))
    }
}
