import Foundation

/// Reads the dates editors write (`2024-05-01`, `2024-05-01 09:30`, ISO 8601) in the group's time zone,
/// so that a date without a zone means that day where the group is, not midnight UTC.
struct DateReader {
    private let formatters: [DateFormatter]
    private let calendar: Calendar

    static let formats = ["yyyy-MM-dd", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss",
                          "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ssXXXXX"]

    init(timeZone: TimeZone) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        self.calendar = calendar
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
        if let date = zoneless(trimmed) { return date }
        for formatter in formatters {
            if let date = formatter.date(from: trimmed) { return date }
        }
        return nil
    }

    /// A date of one of the usual zone-less shapes, whose fields stand at fixed places (`2024-05-01 09:30`),
    /// placed in the group's zone. ICU's parser (DateFormatter) costs tens of microseconds a date, most of loading
    /// a large group; the shape is already known, so only the digits are read. A day that does not exist, such as
    /// 2024-02-30, does not survive the round trip and is refused.
    private func zoneless(_ text: String) -> Date? {
        let bytes = Array(text.utf8)
        guard [10, 16, 19].contains(bytes.count), bytes.count == 10 || [UInt8(ascii: " "), UInt8(ascii: "T")].contains(bytes[10]) else { return nil }
        func number(_ start: Int, _ length: Int) -> Int? {
            guard start + length <= bytes.count else { return 0 }
            var value = 0
            for byte in bytes[start..<start + length] {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        let separators: [(Int, Unicode.Scalar)] = [(4, "-"), (7, "-"), (13, ":"), (16, ":")]
        guard separators.allSatisfy({ $0.0 >= bytes.count || bytes[$0.0] == UInt8(ascii: $0.1) }),
              let year = number(0, 4), let month = number(5, 2), let day = number(8, 2),
              let hour = number(11, 2), let minute = number(14, 2), let second = number(17, 2) else { return nil }
        let components = DateComponents(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
        guard let date = calendar.date(from: components) else { return nil }
        let back = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return back == components ? date : nil
    }
}
