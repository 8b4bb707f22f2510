import ContentModel
import Foundation
import SiteInspector
import Testing
import TestSupport

@Suite("Personal data in published pages: 身份证号, mobile and bank card numbers")
struct PersonalDataTests {
    static let path = "sites/portal/content/notices/n.md"

    /// A notice whose body is `body`, in the current, complete group of `InspectionRuleTests`.
    func group(_ body: String, files: [String: String] = [:]) throws -> FixtureGroup {
        try FixtureGroup(InspectionRuleTests.current.merging(files) { $1 }.merging([
            Self.path: FixtureGroup.document("title: 公示\ndate: 2024-05-30", body: body),
        ]) { $1 })
    }

    func lines(_ group: FixtureGroup) throws -> [String] {
        try group.inspect(today: "2024-06-01").diagnostics.map(\.description)
    }

    @Test func numbersInParagraphsTablesAndLinkTextAreFoundMasked() throws {
        let body = """
            申请人身份证号：440301199001011234，联系电话 138 0013 8000，
            备用电话 1391234
            5678。

            | 姓名 | 身份证号 |
            | --- | --- |
            | 李四 | 11010519491231002x |

            [退款账户 6228 4800 1234 5671](https://example.com/a.pdf)
            """
        #expect(try lines(group(body)) == [
            "\(Self.path):6:9: error: privacy.personal-data: a 身份证号 (4403**********1234) is published here; remove it or write it masked, as 4403**********1234; a number that is public on purpose (a hotline) goes under `check: public_numbers:`",
            "\(Self.path):6:33: error: privacy.personal-data: a mobile number (138****8000) is published here; remove it or write it masked, as 138****8000; a number that is public on purpose (a hotline) goes under `check: public_numbers:`",
            "\(Self.path):7:6: error: privacy.personal-data: a mobile number (139****5678) is published here; remove it or write it masked, as 139****5678; a number that is public on purpose (a hotline) goes under `check: public_numbers:`",
            "\(Self.path):12:8: error: privacy.personal-data: a 身份证号 (1101**********002X) is published here; remove it or write it masked, as 1101**********002X; a number that is public on purpose (a hotline) goes under `check: public_numbers:`",
            "\(Self.path):14:7: error: privacy.personal-data: a bank card number (6228********5671) is published here; remove it or write it masked, as 6228********5671; a number that is public on purpose (a hotline) goes under `check: public_numbers:`",
        ])
    }

    @Test(arguments: [
        ("联系 13800138000", "138****8000"), ("联系 138 0013 8000", "138****8000"), ("联系 +86 138-0013-8000", "138****8000"),
        ("## 联系人 13800138000", "138****8000"), ("电话：13800138000\n2024年起生效", "138****8000"), ("卡号 6222021234567890128", "6222***********0128"),
    ])
    func numbersAreFoundHoweverTheyAreWrittenAndWhereverTheyStand(body: String, masked: String) throws {
        let found = try group(body).inspect(today: "2024-06-01").diagnostics
        #expect(found.map(\.code) == ["privacy.personal-data"])
        #expect(found.first?.message.english.contains("(\(masked))") == true)
        #expect(!found.map(\.description).joined().contains(body.filter(\.isNumber).suffix(11)), "the report never holds the number")
    }

    @Test func aParagraphIndentedIntoACodeBlockIsSearchedLineByLine() throws {
        let body = "    联系人：张三\n    电话：13800138000\n\n```\n卡号 6228480012345671\n```"
        #expect(try lines(group(body)).map { $0.components(separatedBy: ": error:").first } == ["\(Self.path):7:8", "\(Self.path):10:4"])
    }

    @Test func theChineseMessageNamesTheNumberMaskedToo() throws {
        let found = try group("电话 13800138000").inspect(today: "2024-06-01").diagnostics
        #expect(found.map { $0.line(in: .chinese) } == [
            "\(Self.path):6:4: 错误: privacy.personal-data: 此处公开了手机号码（138****8000）；请删除，或遮盖后发布（如 138****8000）；确需公开的号码（如服务热线）请列入 `check: public_numbers:`",
        ])
    }

    @Test func aTitleIsSearchedAsTheBodyIs() throws {
        let group = try FixtureGroup(InspectionRuleTests.current.merging([
            Self.path: FixtureGroup.document("title: 张三 13800138000 的公示\ndate: 2024-05-30"),
        ]) { $1 })
        #expect(try lines(group).map { $0.components(separatedBy: ": error:").first } == ["\(Self.path):2:11"])
    }

    @Test func figuresThatOnlyLookLikeNumbersOfPeopleStayClean() throws {
        let body = """
            索引号 11500100MB0A12345K/2024-00011，校验位不对的 440301199001011235，校验位对但没有 13 月的 440301199013011231，不过 Luhn 的 6228480012345672，
            电话 023-12345678，热线 12345，网站标识码 5001000012，备案号 50010302000001。

            | 年份 | 数量 |
            | --- | --- |
            | 135 | 12345678 |
            """
        #expect(try lines(group(body)) == [])
    }

    @Test func aNumberListedAsPublicIsNotReportedHoweverItIsWritten() throws {
        var config = FixtureGroup.basics["sitegroup.yaml"]!
        config += "check:\n  public_numbers: ['138-0013-8000', 6228 4800 1234 5671, '+86 137 0000 1111']\n"
        let group = try group("热线 13800138000，缴费账户 6228480012345671，值班电话 13700001111，另 13912345678",
                              files: ["sitegroup.yaml": config])
        #expect(try lines(group).map { $0.contains("139****5678") } == [true])
    }

    @Test func personalDataStopsTheBuildAsASecretDoes() throws {
        let group = try group("联系电话 13800138000")
        let outcome = try group.build()
        #expect(outcome.errorCodes == ["privacy.personal-data"])
        #expect(group.outputFiles() == [])
    }

    @Test func aScheduledDocumentIsSearchedBeforeItsDay() throws {
        let group = try FixtureGroup(InspectionRuleTests.current.merging([
            Self.path: FixtureGroup.document("title: 公示\ndate: 2024-07-30", body: "联系电话 13800138000"),
        ]) { $1 })
        #expect(try group.inspect(today: "2024-06-01").diagnostics.map(\.code).contains("privacy.personal-data"))
    }
}
