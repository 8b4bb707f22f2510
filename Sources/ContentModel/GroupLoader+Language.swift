import Foundation

extension GroupLoader {
    /// The language of the group's messages, read from `sitegroup.yaml` alone, for a command that reads no content
    /// (`deploy`): Chinese unless the file names another language, English when there is no readable group here.
    public func messageLanguage() -> Language {
        guard let data = try? FileReader.read(root.path + "/sitegroup.yaml"), let text = String(data: data, encoding: .utf8) else {
            return .english
        }
        let source = YAMLSource(path: "sitegroup.yaml", lineOffset: 0, log: DiagnosticLog())
        let language = source.composeMapping(text, rule: .groupSyntax)?.string("language", rule: .groupInvalid)
        return Language(groupLanguage: language ?? "zh-CN")  // the loader's default too
    }
}
