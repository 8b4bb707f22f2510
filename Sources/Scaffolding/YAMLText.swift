import Foundation

/// Values written into YAML by `sitegroup new`: as they are where YAML would read them back unchanged, quoted
/// otherwise. Only text is written this way; reading is Yams's.
enum YAMLText {
    /// `text` as a YAML scalar. Plain only when it holds a character outside ASCII and none YAML gives a meaning
    /// to, so that no YAML 1.1 reader takes it for a number, a date or `no`.
    static func scalar(_ text: String) -> String {
        let special = Set(":#[]{},&*!|>'\"%@`\\")
        let plain = !text.isEmpty && text.contains { !$0.isASCII } && !text.contains(where: special.contains)
            && !text.hasPrefix("-") && !text.hasPrefix("?") && text.trimmingCharacters(in: .whitespaces) == text
        guard !plain else { return text }
        var quoted = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": quoted += "\\\""
            case "\\": quoted += "\\\\"
            case "\n": quoted += "\\n"
            case "\t": quoted += "\\t"
            default: quoted.unicodeScalars.append(scalar)
            }
        }
        return quoted + "\""
    }
}
