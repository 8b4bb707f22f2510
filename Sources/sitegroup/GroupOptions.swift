import ArgumentParser
import ContentModel
import Foundation

/// Options every command that reads a group shares.
struct GroupOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The site group's folder (the one holding sitegroup.yaml).", valueName: "dir"))
    var root: String = "."

    @Option(name: .long, parsing: .singleValue,
            help: ArgumentHelp("Only this site (repeat for several). Links to other sites are still checked.", valueName: "id"))
    var site: [String] = []

    @Option(name: .long, help: ArgumentHelp("Language of the messages: zh or en (default: the group's language).", valueName: "lang"))
    var lang: String?

    @Option(name: .long, help: ArgumentHelp("Publish as of this day, YYYY-MM-DD (default: now): later-dated documents are left out.",
                                            valueName: "date"))
    var now: String?

    /// The language messages are written in: `--lang`, else Chinese for a zh group.
    func language(for group: SiteGroup) throws -> Language {
        guard let lang else { return Language(groupLanguage: group.language) }
        guard let language = Language(rawValue: lang) else { throw ValidationError("--lang must be zh or en (found \"\(lang)\")") }
        return language
    }

    /// The moment documents must be dated before to be published: the end of `--now` in the group's time zone.
    func publicationTime(for group: SiteGroup) throws -> Date {
        guard let now else { return Date() }
        guard let day = group.endOfDay(now) else {
            throw ValidationError("--now must look like 2024-05-01 (found \"\(now)\")")
        }
        return day
    }
}
