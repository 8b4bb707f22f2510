import ContentModel
import Foundation

/// `catalog/catalog.json`: the catalog's records for other systems, the same rows as the HTML table.
struct CatalogJSON {
    struct Record: Encodable {
        let indexNumber: String
        let title: String
        let url: String
        let summary: String
        let publisher: String
        let written: String
        let published: String
        let documentNumber: String
        let topic: String
        let genre: String
        let validity: String
        let site: String

        enum CodingKeys: String, CodingKey {
            case indexNumber = "index_no", title, url, summary, publisher, written, published
            case documentNumber = "doc_no", topic, genre, validity, site
        }
    }

    struct Catalog: Encodable {
        let site: String
        let scope: String
        let count: Int
        let records: [Record]
    }

    let site: ResolvedSite
    let dates: DateText

    func file() -> OutputFile {
        let records = site.catalog.map { entry in
            let document = entry.document, disclosure = document.frontMatter.disclosure ?? Disclosure()
            return Record(indexNumber: disclosure.indexNumber, title: document.title,
                          url: entry.site.baseURL + OutputPath.document(document), summary: document.frontMatter.summary,
                          publisher: CatalogView.publisher(of: entry), written: disclosure.written.map(dates.day) ?? "",
                          published: dates.day(document.frontMatter.date), documentNumber: disclosure.documentNumber,
                          topic: disclosure.topic, genre: disclosure.genre, validity: disclosure.validity, site: entry.site.id)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let catalog = Catalog(site: site.site.id, scope: site.isPortal ? "group" : "site", count: records.count, records: records)
        return OutputFile(path: OutputPath.catalogJSON, data: (try? encoder.encode(catalog)) ?? Data())
    }
}
