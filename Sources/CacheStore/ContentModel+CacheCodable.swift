import ContentModel
import Foundation

// How the model's values are written in the caches: each field in order, as `CacheFormatTests` checks field by field.

extension SourceLocation: CacheCodable {
    public init(from reader: inout CacheReader) throws {
        self.init(path: try reader.string(), line: try reader.int(), column: try reader.int())
    }

    public func write(to writer: inout CacheWriter) {
        writer.write(path)
        writer.write(line)
        writer.write(column)
    }
}

extension Wording: CacheCodable {
    public init(from reader: inout CacheReader) throws {
        self.init(try reader.string(), try reader.string())
    }

    public func write(to writer: inout CacheWriter) {
        writer.write(english)
        writer.write(chinese)
    }
}

extension Diagnostic: CacheCodable {
    public init(from reader: inout CacheReader) throws {
        guard let severity = Severity(rawValue: try reader.string()) else { throw CacheReader.Malformed() }
        let location: SourceLocation = try reader.value()
        // A rule this build of sitegroup does not know makes the record unreadable, and the file is read again.
        guard let rule = Rule(rawValue: try reader.string()) else { throw CacheReader.Malformed() }
        self.init(rule, at: location, try reader.value(), fix: try reader.value())
        self.severity = severity
    }

    public func write(to writer: inout CacheWriter) {
        writer.write(severity.rawValue)
        writer.write(location)
        writer.write(code)
        writer.write(message)
        writer.write(fix)
    }
}

extension FrontMatterValue: CacheCodable {
    public init(from reader: inout CacheReader) throws {
        switch try reader.int() {
        case 0: self = .text(try reader.string())
        case 1: self = .list(try reader.array())
        case 2: self = .mapping(try reader.dictionary())
        default: throw CacheReader.Malformed()
        }
    }

    public func write(to writer: inout CacheWriter) {
        switch self {
        case .text(let text): writer.write(0); writer.write(text)
        case .list(let items): writer.write(1); writer.write(items)
        case .mapping(let entries): writer.write(2); writer.write(entries)
        }
    }
}

extension Disclosure: CacheCodable {
    public init(from reader: inout CacheReader) throws {
        self.init(indexNumber: try reader.string(), documentNumber: try reader.string(), publisher: try reader.string(),
                  written: try reader.optionalDate(), topic: try reader.string(), genre: try reader.string(),
                  validity: try reader.string(), location: try reader.value(), keyLocations: try reader.dictionary())
    }

    public func write(to writer: inout CacheWriter) {
        writer.write(indexNumber)
        writer.write(documentNumber)
        writer.write(publisher)
        writer.write(written)
        writer.write(topic)
        writer.write(genre)
        writer.write(validity)
        writer.write(location)
        writer.write(keyLocations)
    }
}

extension Letter: CacheCodable {
    public init(from reader: inout CacheReader) throws {
        self.init(received: try reader.optionalDate(), sender: try reader.string(), content: try reader.string(), office: try reader.string())
    }

    public func write(to writer: inout CacheWriter) {
        writer.write(received)
        for field in [sender, content, office] { writer.write(field) }
    }
}

extension Origin: CacheCodable {
    public init(from reader: inout CacheReader) throws {
        self.init(site: try reader.string(), siteName: try reader.string(), url: try reader.string(), id: try reader.string(),
                  revision: try reader.string(), syncedAt: try reader.string(), hash: try reader.string(), rule: try reader.string(),
                  base: try reader.string(), path: try reader.string())
    }

    public func write(to writer: inout CacheWriter) {
        for field in [site, siteName, url, id, revision, syncedAt, hash, rule, base, path] { writer.write(field) }
    }
}

extension FrontMatter: CacheCodable {
    public init(from reader: inout CacheReader) throws {
        let title = try reader.string(), date = try reader.date(), slug = try reader.optionalString()
        let summary = try reader.string(), author = try reader.string(), source = try reader.string(), tags = try reader.strings()
        let draft = try reader.bool(), weight = try reader.int(), expires = try reader.optionalDate()
        let classification = try reader.string(), disclosure: Disclosure? = try reader.optional()
        let replied = try reader.optionalDate(), letter: Letter? = try reader.optional(), origin: Origin? = try reader.optional()
        guard let format = BodyFormat(rawValue: try reader.string()) else { throw CacheReader.Malformed() }
        let review = try reader.optionalString().map { text -> Review in
            guard let review = Review(rawValue: text) else { throw CacheReader.Malformed() }
            return review
        }
        self.init(title: title, date: date, slug: slug, summary: summary, author: author, source: source, tags: tags, draft: draft,
                  weight: weight, expires: expires, classification: classification, disclosure: disclosure, replied: replied,
                  letter: letter, origin: origin, format: format, review: review, retracted: try reader.optionalDate(), image: try reader.optional(),
                  extra: try reader.dictionary())
    }

    public func write(to writer: inout CacheWriter) {
        writer.write(title)
        writer.write(date)
        writer.write(slug)
        writer.write(summary)
        writer.write(author)
        writer.write(source)
        writer.write(tags)
        writer.write(draft)
        writer.write(weight)
        writer.write(expires)
        writer.write(classification)
        writer.write(disclosure)
        writer.write(replied)
        writer.write(letter)
        writer.write(origin)
        writer.write(format.rawValue)
        writer.write(review?.rawValue)
        writer.write(retracted)
        writer.write(image)
        writer.write(extra)
    }
}

extension FileStamp: CacheCodable {
    public init(from reader: inout CacheReader) throws {
        self.init(size: try reader.int(), modified: try reader.int(), changed: try reader.int(), inode: try reader.uint64())
    }

    public func write(to writer: inout CacheWriter) {
        writer.write(size)
        writer.write(modified)
        writer.write(changed)
        writer.write(inode)
    }
}

/// Without its body, which the caches keep as the offset of the body in the file.
extension Document: CacheCodable {
    public init(from reader: inout CacheReader) throws {
        self.init(path: try reader.string(), siteID: try reader.string(), columnID: try reader.optionalString(), slug: try reader.string(),
                  slugLocation: try reader.value(), titleLocation: try reader.value(), dateLocation: try reader.value(), frontMatter: try reader.value(), body: "",
                  bodyLine: try reader.int(), revision: try reader.string())
    }

    public func write(to writer: inout CacheWriter) {
        writer.write(path)
        writer.write(siteID)
        writer.write(columnID)
        writer.write(slug)
        writer.write(slugLocation)
        writer.write(titleLocation)
        writer.write(dateLocation)
        writer.write(frontMatter)
        writer.write(bodyLine)
        writer.write(revision)
    }
}

extension DocumentImage: CacheCodable {
    public init(from reader: inout CacheReader) throws {
        self.init(src: try reader.string(), alt: try reader.string(), caption: try reader.string(), location: try SourceLocation(from: &reader))
    }

    public func write(to writer: inout CacheWriter) {
        for field in [src, alt, caption] { writer.write(field) }
        location.write(to: &writer)
    }
}
