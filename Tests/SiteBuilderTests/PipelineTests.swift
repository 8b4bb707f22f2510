import Foundation
import Pipeline
import Testing

@Suite("build and check are one pipeline of named steps")
struct PipelineTests {
    @Test func checkIsTheBuildWithoutClaimingAndWritingThenInspecting() {
        let build = Pipeline.build(root: "/group", output: "/group/public", now: .at(Date()), cache: .none).steps.map(\.name)
        let check = Pipeline.check(root: "/group", today: .at(Date())).steps.map(\.name)
        #expect(build == ["load", "claim output", "validate", "resolve", "secrecy gate", "render", "write"])
        #expect(check == build.filter { !["claim output", "write"].contains($0) } + ["inspect"])
    }
}
