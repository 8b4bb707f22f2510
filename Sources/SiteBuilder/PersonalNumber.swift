import ContentModel
import Foundation

/// A number that identifies a person, as it may stand in published text: a 居民身份证号 whose check digit is right
/// (GB 11643) and whose birth date can be one, a mobile number, or a bank card number that passes the Luhn check.
/// Digits next to letters or other digits are part of something else (a 索引号, a 文号, a longer figure).
struct PersonalNumber: Hashable {
    enum Kind: Hashable {
        case idNumber, mobile, bankCard
    }

    let kind: Kind
    /// The digits alone (`X` kept), as `check: public_numbers:` is compared with.
    let digits: String
    /// Where it stands in the text searched, in characters.
    let offset: Int

    /// Shown instead of the number: enough to find it, never the number itself.
    var masked: String {
        let characters = Array(digits)
        let (head, tail) = kind == .mobile ? (3, 4) : (4, 4)
        return String(characters.prefix(head)) + String(repeating: "*", count: characters.count - head - tail) + String(characters.suffix(tail))
    }

    private static let boundary = (before: "(?<![0-9A-Za-z])", after: "(?![0-9A-Za-z])")
    private static let idPattern = try! NSRegularExpression(pattern: boundary.before + "[1-9][0-9]{16}[0-9Xx]" + boundary.after)
    private static let mobilePattern = try! NSRegularExpression(
        pattern: boundary.before + "(?:\\+?86[ -]?)?1[3-9][0-9]([ -]?)[0-9]{4}\\1[0-9]{4}" + boundary.after)
    private static let cardPattern = try! NSRegularExpression(
        pattern: boundary.before + "(?:[0-9]{16,19}|[0-9]{4}(?:[ -][0-9]{4}){3}(?:[ -][0-9]{1,3})?)" + boundary.after)

    /// Every personal number in `text`, in order; a valid 身份证号 is not also read as a card number.
    static func all(in text: String) -> [PersonalNumber] {
        // The regular expressions cost far more than a look at the bytes, and most titles and lines hold no number.
        guard BodyFile.holdsLongNumber(text) else { return [] }
        let ids = matches(idPattern, in: text).filter { isIDNumber($0.digits) }.map { PersonalNumber(kind: .idNumber, digits: $0.digits.uppercased(), offset: $0.offset) }
        let mobiles = matches(mobilePattern, in: text).map { match in
            PersonalNumber(kind: .mobile, digits: String(match.digits.suffix(11)), offset: match.offset)
        }
        let cards = matches(cardPattern, in: text).filter { card in
            passesLuhn(card.digits) && !ids.contains { $0.offset == card.offset }
        }.map { PersonalNumber(kind: .bankCard, digits: $0.digits, offset: $0.offset) }
        return (ids + mobiles + cards).sorted { $0.offset < $1.offset }
    }

    private static func matches(_ pattern: NSRegularExpression, in text: String) -> [(digits: String, offset: Int)] {
        pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { match in
            guard let range = Range(match.range, in: text) else { return nil }
            return (text[range].filter { $0.isNumber || $0 == "X" || $0 == "x" }, text.distance(from: text.startIndex, to: range.lowerBound))
        }
    }

    /// GB 11643: the 18th character is the weighted sum of the first 17 digits, modulo 11, as `10X98765432`.
    static func isIDNumber(_ number: String) -> Bool {
        let characters = Array(number.uppercased())
        guard characters.count == 18 else { return false }
        let digits = characters.prefix(17).compactMap(\.wholeNumberValue)
        guard digits.count == 17 else { return false }
        let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        let sum = zip(digits, weights).reduce(0) { $0 + $1.0 * $1.1 }
        guard characters[17] == Array("10X98765432")[sum % 11] else { return false }
        // The birth date (digits 7–14): a figure whose check digit happens to fit is not taken for a person.
        let year = Int(String(characters[6..<10])) ?? 0, month = Int(String(characters[10..<12])) ?? 0, day = Int(String(characters[12..<14])) ?? 0
        return (1900...2099).contains(year) && (1...12).contains(month) && (1...31).contains(day)
    }

    /// The Luhn check bank card numbers carry in their last digit.
    static func passesLuhn(_ number: String) -> Bool {
        let digits = number.compactMap(\.wholeNumberValue)
        guard digits.count == number.count, !digits.isEmpty else { return false }
        let sum = digits.reversed().enumerated().reduce(0) { total, element in
            let (index, digit) = element
            guard index % 2 == 1 else { return total + digit }
            return total + (digit * 2 > 9 ? digit * 2 - 9 : digit * 2)
        }
        return sum % 10 == 0
    }
}
