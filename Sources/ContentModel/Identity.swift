import Foundation

/// The identity every page of a government site shows in its footer (页面底部功能区).
public struct Identity: Sendable, Hashable {
    /// 主办单位
    public var sponsor: String
    /// 网站标识码: 10 digits, or `bm` and 8 digits.
    public var siteCode: String
    /// ICP 备案号
    public var icp: String
    /// 公安机关备案号
    public var police: String
    /// 联系方式
    public var contact: String
    public var address: String
    /// Where the 党政机关网站标识 badge links to (the site's page at the registry).
    public var conacURL: String
    /// The 我为政府网站找错 entry.
    public var errorReportURL: String

    public static let defaultConacURL = "https://bszs.conac.cn/"
    /// The national error-report system (我为政府网站找错) opens its form for a site from the site's code and address.
    public static let defaultErrorReportURL = "https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code={site_code}&url={url}"

    public init(sponsor: String = "", siteCode: String = "", icp: String = "", police: String = "",
                contact: String = "", address: String = "",
                conacURL: String = Identity.defaultConacURL, errorReportURL: String = Identity.defaultErrorReportURL) {
        self.sponsor = sponsor
        self.siteCode = siteCode
        self.icp = icp
        self.police = police
        self.contact = contact
        self.address = address
        self.conacURL = conacURL
        self.errorReportURL = errorReportURL
    }

    /// 网站标识码 as the national rules write it: 10 digits for local sites, `bm` + 8 digits for ministries.
    public static func isValidSiteCode(_ code: String) -> Bool {
        let digits = code.hasPrefix("bm") ? code.dropFirst(2) : Substring(code)
        let expected = code.hasPrefix("bm") ? 8 : 10
        return digits.count == expected && digits.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// A configured link with `{site_code}` and `{url}` filled in: the 网站标识码, and the site's address as a query value.
    public func link(_ template: String, siteURL: String) -> String {
        let query = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
        return template.replacingOccurrences(of: "{site_code}", with: siteCode.addingPercentEncoding(withAllowedCharacters: query) ?? siteCode)
            .replacingOccurrences(of: "{url}", with: siteURL.addingPercentEncoding(withAllowedCharacters: query) ?? siteURL)
    }

    /// 公安机关备案号 digits, for the beian.gov.cn link.
    public var policeRecordNumber: String {
        String(police.filter { $0.isASCII && $0.isNumber })
    }
}
