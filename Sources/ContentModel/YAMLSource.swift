import Yams

/// YAML text of one file, possibly starting below the file's first line (front matter),
/// so that every position it reports counts from the top of the file.
struct YAMLSource {
    let path: String
    /// Lines of the file above the YAML text.
    let lineOffset: Int
    let log: DiagnosticLog

    func location(of node: Node) -> SourceLocation {
        location(of: node.mark)
    }

    func location(of mark: Mark?) -> SourceLocation {
        guard let mark else { return SourceLocation(path: path, line: lineOffset + 1) }
        return SourceLocation(path: path, line: mark.line + lineOffset, column: mark.column)
    }

    /// The top-level mapping of `text`, or `nil` after logging why there is none.
    func composeMapping(_ text: String, code: String) -> YAMLMapping? {
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            logSyntaxError(error, code: code)
            return nil
        } catch {
            log.error(at: location(of: nil), code: code, Wording("the YAML cannot be read: \(error)", "无法读取 YAML：\(error)"))
            return nil
        }
        guard let node, case .mapping(let mapping) = node else {
            log.error(at: location(of: node?.mark), code: code, Wording("expected `key: value` lines", "这里应是“键: 值”形式的设置行"),
                      fix: Wording("write one setting per line, such as `title: 关于…的通知`", "每行写一项设置，例如 `title: 关于…的通知`"))
            return nil
        }
        return YAMLMapping(mapping, source: self)
    }

    private func logSyntaxError(_ error: YamlError, code: String) {
        let fix = Wording("check the indentation and quoting on this line; put text with `:` or `#` in quotes", "检查本行的缩进和引号；含有 `:` 或 `#` 的文字请加引号")
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            let detail = context.map { "\($0.text), \(problem)" } ?? problem
            log.error(at: location(of: mark), code: code, Wording("the YAML cannot be read: \(detail)", "无法读取 YAML：\(detail)"), fix: fix)
        case let .duplicatedKeysInMapping(duplicates, context):
            let keys = duplicates.sorted().map { "'\($0)'" }.joined(separator: ", ")
            log.error(at: location(of: context.mark), code: code, Wording("the key \(keys) is given more than once", "设置项 \(keys) 重复出现"),
                      fix: Wording("keep one of them", "只保留其中一个"))
        default:
            log.error(at: location(of: nil), code: code, Wording("the YAML cannot be read: \(error)", "无法读取 YAML：\(error)"), fix: fix)
        }
    }
}
