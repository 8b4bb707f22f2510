import ContentModel
import Foundation

/// A 索引号 as disclosure catalogs number documents: the organisation's code, the year and a sequence,
/// `11500100MB0A12345K/2026-00011`.
struct IndexNumber {
    let organisation: String
    let year: Int
    let sequence: Int
    /// Digits the sequence is written with.
    let width: Int

    init(organisation: String, year: Int, sequence: Int, width: Int) {
        (self.organisation, self.year, self.sequence, self.width) = (organisation, year, sequence, width)
    }

    /// Nil for text not written `<code>/<year>-<digits>`.
    init?(_ text: String) {
        guard let slash = text.lastIndex(of: "/") else { return nil }
        let parts = text[text.index(after: slash)...].split(separator: "-", maxSplits: 1)
        guard slash > text.startIndex, parts.count == 2, parts[0].count == 4, let year = Int(parts[0]),
              parts[1].allSatisfy(\.isASCII), let sequence = Int(parts[1]), sequence >= 0 else { return nil }
        self.init(organisation: String(text[..<slash]), year: year, sequence: sequence, width: parts[1].count)
    }

    var text: String {
        let digits = String(sequence)
        return "\(organisation)/\(year)-" + String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// The next free 索引号 of `site` in `year`: its organisation code is that of the site's latest numbered document,
    /// and the sequence follows the highest of that code and year anywhere in the group (drafts included), since the
    /// number must be unique in the group. Nil when the site has numbered nothing yet, or the number would not
    /// follow the group's `index_pattern`.
    static func next(for site: Site, in group: SiteGroup, year: Int) -> IndexNumber? {
        let numbered = site.documents.compactMap { document in
            document.frontMatter.disclosure.flatMap { IndexNumber($0.indexNumber) }.map { (document.frontMatter.date, $0) }
        }
        guard let latest = numbered.max(by: { $0.0 < $1.0 })?.1 else { return nil }
        let taken = group.sites.flatMap { $0.documents + $0.pages }
            .compactMap { $0.frontMatter.disclosure.flatMap { IndexNumber($0.indexNumber) } }
            .filter { $0.organisation == latest.organisation && $0.year == year }
        let next = IndexNumber(organisation: latest.organisation, year: year, sequence: (taken.map(\.sequence).max() ?? 0) + 1,
                               width: taken.map(\.width).max() ?? latest.width)
        guard let pattern = try? NSRegularExpression(pattern: group.indexPattern),
              pattern.firstMatch(in: next.text, range: NSRange(next.text.startIndex..., in: next.text)) != nil else { return nil }
        return next
    }
}
