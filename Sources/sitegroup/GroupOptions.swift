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

    /// The language messages are written in: `--lang`, else Chinese for a zh group.
    func language(for group: SiteGroup) throws -> Language {
        guard let lang else { return Language(groupLanguage: group.language) }
        guard let language = Language(rawValue: lang) else { throw ValidationError("--lang must be zh or en (found \"\(lang)\")") }
        return language
    }

    /// The end of `day` in the group's time zone, or now when no day is given.
    func endOfDay(_ day: String?, option: String, in group: SiteGroup) throws -> Date {
        guard let day else { return Date() }
        guard let end = group.endOfDay(day) else {
            throw ValidationError("\(option) must look like 2024-05-01 (found \"\(day)\")")
        }
        return end
    }
}
