/// The parent domain every site of the group lives under, where the theme keeps a reader's settings (the reading aids)
/// in one cookie that every site can read: localStorage is per host, and the sites are on different hosts.
extension SiteGroup {
    /// The longest run of trailing labels all sites' hosts share (`example.gov.cn` for `www.example.gov.cn` and
    /// `lyj.example.gov.cn`), or "" when there is none a cookie could name: fewer than two labels, an IP address, or a
    /// host without dots such as `localhost`. A browser refuses a public suffix (`gov.cn`) as a cookie's domain;
    /// the theme then keeps settings per host, so that case needs no list of suffixes here.
    public var sharedDomain: String {
        let hosts = sites.map { $0.domain.lowercased() }
        guard let first = hosts.first, hosts.allSatisfy(Self.isNamedHost) else { return "" }
        var shared = first.split(separator: ".")
        for host in hosts.dropFirst() {
            let labels = host.split(separator: ".")
            let common = zip(shared.reversed(), labels.reversed()).prefix { $0 == $1 }.count
            shared = Array(shared.suffix(common))
        }
        return shared.count >= 2 ? shared.joined(separator: ".") : ""
    }

    /// A host written as a name with at least one dot: not an IPv4 or IPv6 address, not `localhost`.
    private static func isNamedHost(_ host: String) -> Bool {
        let labels = host.split(separator: ".", omittingEmptySubsequences: false)
        return labels.count >= 2 && !labels.contains(where: \.isEmpty) && !host.contains("[")
            && !labels.allSatisfy { $0.allSatisfy { ("0"..."9").contains($0) } }
    }
}
