import Foundation

/// Reads the dates editors write (`2024-05-01`, `2024-05-01 09:30`, ISO 8601) in the group's time zone,
/// so that a date without a zone means that day where the group is, not midnight UTC.
struct DateReader {
    private let formatters: [DateFormatter]

    static let formats = ["yyyy-MM-dd", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss",
                          "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ssXXXXX"]

    init(timeZone: TimeZone) {
        formatters = Self.formats.map { format in
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.timeZone = timeZone
            formatter.isLenient = false
            formatter.dateFormat = format
            return formatter
        }
    }

    func date(from text: String) -> Date? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        for formatter in formatters {
            if let date = formatter.date(from: trimmed) { return date }
        }
        return nil
    }
}
