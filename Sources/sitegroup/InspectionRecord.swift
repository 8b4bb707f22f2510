import ContentModel
import Foundation

/// `check --record DIR`: the result of one self-inspection (自查) kept as a dated JSON file, so a site can show the
/// record of its regular inspections. A record is never replaced: two runs in the same second get two files.
struct InspectionRecord {
    let folder: URL
    let group: SiteGroup
    /// When the run happened, in the group's time zone: the record's name and its `recorded_at`.
    let now: Date
    let language: Language

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    private func failure(_ why: Wording) -> Failure {
        Failure(description: Wording("cannot keep the inspection record in \(folder.path): \(why.english); choose a writable folder for --record",
                                     "无法在 \(folder.path) 中保存自查记录：\(why.chinese)；请为 --record 选择可写入的文件夹").text(in: language))
    }

    /// Writes `check-<day>-<hhmmss>.json` (`-2`, `-3` … after it when taken) and returns its path.
    func write(_ result: [String: Any], inspectedDay: String) throws -> URL {
        var record = result
        record["group"] = group.name
        record["inspected_day"] = inspectedDay
        record["recorded_at"] = stamp("yyyy-MM-dd'T'HH:mm:ssXXXXX")
        let data = try JSONSerialization.data(withJSONObject: record, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw failure(Wording("the folder cannot be made", "无法建立该文件夹"))
        }
        let name = "check-" + stamp("yyyy-MM-dd-HHmmss")
        for attempt in 1...100 {
            let file = folder.appendingPathComponent(attempt == 1 ? "\(name).json" : "\(name)-\(attempt).json")
            do {
                // Refused when the name is taken, so an earlier record is never overwritten.
                try data.write(to: file, options: .withoutOverwriting)
                return file
            } catch CocoaError.fileWriteFileExists {
                continue
            } catch {
                throw failure(Wording("\(file.lastPathComponent) cannot be written", "无法写入 \(file.lastPathComponent)"))
            }
        }
        throw failure(Wording("100 records of this second are there already", "同一秒内已有 100 份记录"))
    }

    /// The day `date` falls on in the group's time zone, the day inspected when `--today` is not given.
    static func day(of date: Date, in group: SiteGroup) -> String {
        InspectionRecord(folder: URL(fileURLWithPath: "/"), group: group, now: date, language: .english).stamp("yyyy-MM-dd")
    }

    private func stamp(_ pattern: String) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = group.timeZone
        formatter.dateFormat = pattern
        return formatter.string(from: now)
    }
}
