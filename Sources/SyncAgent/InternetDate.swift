import Foundation

/// The two shapes nearly every feed's dates take, read without ICU: RFC 822 with a numeric zone or `GMT`
/// (`Sat, 28 Nov 2026 21:06:40 +0800`) and RFC 3339 without a fraction (`2026-11-28T21:06:40+08:00`). Trying
/// `FeedDate`'s formatters one after another cost more than anything else in reading a feed. Only a date that is
/// exactly one instant is read here — a weekday that does not match, a day past the month's end, a year before
/// 1900 (before which ICU's calendar differs) go to the formatters, as does every other shape.
struct InternetDate {
    let date: Date

    init?(_ text: String) {
        var bytes = Array(text.utf8)[...]
        // Only ASCII whitespace is trimmed here; text with any other at its ends is not in either shape anyway.
        while let first = bytes.first, Self.isSpace(first) { bytes.removeFirst() }
        while let last = bytes.last, Self.isSpace(last) { bytes.removeLast() }
        guard let seconds = Self.rfc822(bytes) ?? Self.rfc3339(bytes) else { return nil }
        date = Date(timeIntervalSince1970: TimeInterval(seconds))
    }

    private static let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"].map { Array($0.utf8) }
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"].map { Array($0.utf8) }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte)
    }

    /// `Www, D Mon YYYY HH:MM:SS +HHMM`, the day in one or two digits, the zone also `GMT`.
    private static func rfc822(_ text: ArraySlice<UInt8>) -> Int? {
        var reader = Reader(text)
        guard let weekday = reader.word(of: weekdays), reader.skip(", "), let day = reader.number(1...2), reader.skip(" "),
              let month = reader.word(of: months), reader.skip(" "), let year = reader.number(4...4), reader.skip(" "),
              let time = reader.time(), reader.skip(" ") else { return nil }
        let offset: Int
        if reader.skip("GMT") {
            offset = 0
        } else {
            guard let sign = reader.sign(), let hours = reader.number(2...2), let minutes = reader.number(2...2) else { return nil }
            offset = sign * (hours * 3600 + minutes * 60)
            guard hours <= 18, minutes <= 59 else { return nil }
        }
        guard reader.atEnd else { return nil }
        return instant(year: year, month: month + 1, day: day, time: time, offset: offset, weekday: weekday)
    }

    /// `YYYY-MM-DDTHH:MM:SS` then `Z` or `+HH:MM`.
    private static func rfc3339(_ text: ArraySlice<UInt8>) -> Int? {
        var reader = Reader(text)
        guard let year = reader.number(4...4), reader.skip("-"), let month = reader.number(2...2), reader.skip("-"),
              let day = reader.number(2...2), reader.skip("T"), let time = reader.time() else { return nil }
        let offset: Int
        if reader.skip("Z") {
            offset = 0
        } else {
            guard let sign = reader.sign(), let hours = reader.number(2...2), reader.skip(":"), let minutes = reader.number(2...2),
                  hours <= 18, minutes <= 59 else { return nil }
            offset = sign * (hours * 3600 + minutes * 60)
        }
        guard reader.atEnd else { return nil }
        return instant(year: year, month: month, day: day, time: time, offset: offset, weekday: nil)
    }

    /// Seconds since 1970 of a valid date and time at a zone's offset; nil for any field out of its range.
    private static func instant(year: Int, month: Int, day: Int, time: Int, offset: Int, weekday: Int?) -> Int? {
        guard year >= 1900, (1...12).contains(month), day >= 1, day <= daysIn(month, of: year) else { return nil }
        let days = daysSince1970(year: year, month: month, day: day)
        // 1970-01-01 was a Thursday (4, counting Sunday as 0).
        if let weekday, (days % 7 + 7 + 4) % 7 != weekday { return nil }
        return days * 86_400 + time - offset
    }

    private static func daysIn(_ month: Int, of year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days from 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's `days_from_civil`).
    private static func daysSince1970(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// Reads a date's fields from its bytes, left to right.
    private struct Reader {
        var rest: ArraySlice<UInt8>

        init(_ text: ArraySlice<UInt8>) {
            rest = text
        }

        var atEnd: Bool { rest.isEmpty }

        mutating func skip(_ literal: StaticString) -> Bool {
            let bytes = UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount)
            guard rest.starts(with: bytes) else { return false }
            rest.removeFirst(bytes.count)
            return true
        }

        /// A number of so many digits; as many as there are, up to the most.
        mutating func number(_ digits: ClosedRange<Int>) -> Int? {
            var value = 0, count = 0
            while count < digits.upperBound, let byte = rest.first, (0x30...0x39).contains(byte) {
                value = value * 10 + Int(byte - 0x30)
                count += 1
                rest.removeFirst()
            }
            return digits.contains(count) ? value : nil
        }

        /// The index of the word among `words`.
        mutating func word(of words: [[UInt8]]) -> Int? {
            guard let index = words.firstIndex(where: { rest.starts(with: $0) }) else { return nil }
            rest.removeFirst(words[index].count)
            return index
        }

        mutating func sign() -> Int? {
            if skip("+") { return 1 }
            return skip("-") ? -1 : nil
        }

        /// `HH:MM:SS` as seconds into the day.
        mutating func time() -> Int? {
            guard let hours = number(2...2), skip(":"), let minutes = number(2...2), skip(":"), let seconds = number(2...2),
                  hours <= 23, minutes <= 59, seconds <= 59 else { return nil }
            return hours * 3600 + minutes * 60 + seconds
        }
    }
}
