/// The part of a host name its owner registered: `lyj.cq.gov.cn` and `www.cq.gov.cn` are both `cq.gov.cn`, so a link
/// that moves between them stays with its owner, while a move to another registered domain may mean the old one
/// lapsed and was taken over. The last two labels, or three under the second-level suffixes government links meet.
enum RegisteredDomain {
    static let secondLevelSuffixes: Set<String> = [
        "gov.cn", "com.cn", "net.cn", "org.cn", "edu.cn", "ac.cn", "mil.cn",
        "gov.hk", "com.hk", "org.hk", "edu.hk", "gov.mo", "com.mo", "gov.tw", "com.tw", "org.tw",
        "gov.uk", "co.uk", "org.uk", "ac.uk", "gov.au", "com.au", "org.au", "edu.au", "co.jp", "go.jp", "or.jp", "ac.jp",
    ]

    static func of(_ host: String) -> String {
        let host = host.lowercased().trimmingCharacters(in: ["."])
        // An address (127.0.0.1, [::1]) is its own owner.
        guard !host.contains(":"), !host.allSatisfy({ $0.isNumber || $0 == "." }) else { return host }
        let labels = host.split(separator: ".")
        let lastTwo = labels.suffix(2).joined(separator: ".")
        return labels.suffix(secondLevelSuffixes.contains(lastTwo) ? 3 : 2).joined(separator: ".")
    }
}
