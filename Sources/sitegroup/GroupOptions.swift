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

    @Option(name: .long, help: ArgumentHelp("Publish as of this day, YYYY-MM-DD (default: now): later-dated documents are left out.",
                                            valueName: "date"))
    var now: String?

    /// The moment documents must be dated before to be published: the end of `--now` in the group's time zone.
    func publicationTime(for group: SiteGroup) throws -> Date {
        guard let now else { return Date() }
        guard let day = group.endOfDay(now) else {
            throw ValidationError("--now must look like 2024-05-01 (found \"\(now)\")")
        }
        return day
    }
}
