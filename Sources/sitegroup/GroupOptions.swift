import ArgumentParser
import ContentModel
import Foundation
import Pipeline

/// Options every command that reads a group shares.
struct GroupOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The site group's folder (the one holding sitegroup.yaml).", valueName: "dir"))
    var root: String = "."

    @Option(name: .long, parsing: .singleValue,
            help: ArgumentHelp("Only this site (repeat for several). Links to other sites are still checked.", valueName: "id"))
    var site: [String] = []

    @Option(name: .long, help: ArgumentHelp("Language of the messages: zh or en (default: the group's language).", valueName: "lang"))
    var lang: String?

    /// A bad option value stops the command before it reads anything (exit status 2).
    func validate() throws {
        if let lang, Language(rawValue: lang) == nil { throw ValidationError("--lang must be zh or en (found \"\(lang)\")") }
    }

    /// The language messages are written in: `--lang`, else Chinese for a zh group, else English.
    func language(for group: SiteGroup?) -> Language {
        lang.flatMap(Language.init(rawValue:)) ?? group.map { Language(groupLanguage: $0.language) } ?? .english
    }

    /// The end of `day` in the group's time zone once it is read, or now when no day is given.
    static func moment(_ day: String?) -> Pipeline.Moment {
        day.map(Pipeline.Moment.endOfDay) ?? .at(Date())
    }

    static func validate(day: String?, option: String) throws {
        if let day, !SiteGroup.isDay(day) { throw ValidationError("\(option) must look like 2024-05-01 (found \"\(day)\")") }
    }
}
