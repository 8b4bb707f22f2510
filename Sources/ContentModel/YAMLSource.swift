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
            // Every scalar is read as the text written, so YAML 1.1's type guessing (regular expressions run on each
            // scalar) is skipped; naming the encoding spares Yams reading the process environment on every call.
            node = try Yams.compose(yaml: text, .basic, .default, .utf8)
        } catch let error as YamlError {
            logSyntaxError(error, text: text, code: code)
            return nil
        } catch {
            log.error(at: location(of: nil), code: code, Wording("the YAML cannot be read: \(error)", "无法读取 YAML：\(error)"))
            return nil
        }
        // An empty file is an empty mapping: its required keys are then reported one by one.
        guard let node else { return YAMLMapping(Node.Mapping([]), source: self) }
        guard case .mapping(let mapping) = node else {
            log.error(at: location(of: node.mark), code: code, Wording("expected `key: value` lines", "这里应是“键: 值”形式的设置行"),
                      fix: Wording("write one `key: value` setting per line", "每行写一项“键: 值”形式的设置"))
            return nil
        }
        return YAMLMapping(mapping, source: self)
    }

    private static let syntaxFix = Wording("check the indentation and quoting on this line; put text with `:` or `#` in quotes",
                                           "检查本行的缩进和引号；含有 `:` 或 `#` 的文字请加引号")

    private func logSyntaxError(_ error: YamlError, text: String, code: String) {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            logSyntaxError(context: context, problem: problem, stoppedAt: mark, text: text, code: code)
        case let .duplicatedKeysInMapping(duplicates, context):
            let keys = duplicates.sorted().map { "'\($0)'" }.joined(separator: ", ")
            log.error(at: location(of: context.mark), code: code, Wording("the key \(keys) is given more than once", "设置项 \(keys) 重复出现"),
                      fix: Wording("keep one of them", "只保留其中一个"))
        default:
            log.error(at: location(of: nil), code: code, Wording("the YAML cannot be read: \(error)", "无法读取 YAML：\(error)"), fix: Self.syntaxFix)
        }
    }

    /// - Parameter stop: where libyaml gave up.
    private func logSyntaxError(context: YamlError.Context?, problem: String, stoppedAt stop: Mark, text: String, code: String) {
        // Something left open (a quote, a bracket, a key without its colon) is the fault of the line it was opened on,
        // found only where libyaml gave up looking for its end. Otherwise the line libyaml stopped on is at fault: the
        // context of a broken block is where the enclosing mapping began (the title's line), and that of a plain
        // scalar cut by a tab is the line above.
        let opened = context.map { ["quoted", "flow", "simple key"].contains(where: $0.text.contains) } ?? false
        let fault = opened ? context!.mark : stop
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        // A tab is reported where libyaml met it, which is the tab's own line; the token it interrupted began above.
        for mark in [stop, fault] where (1...lines.count).contains(mark.line) {
            let line = lines[mark.line - 1]
            guard line.hasPrefix("\t") || line.contains(":\t") || problem.contains("tab") && line.contains("\t") else { continue }
            let column = line.unicodeScalars.prefix { $0 != "\t" }.count + 1
            log.error(at: SourceLocation(path: path, line: mark.line + lineOffset, column: column), code: code,
                      Wording("a tab character is used for indentation", "本行使用了制表符（Tab）缩进"),
                      fix: Wording("indent with spaces; YAML does not allow tabs", "请改用空格缩进，YAML 不允许使用制表符"))
            return
        }
        let detail = context.map { "\($0.text), \(problem)" } ?? problem
        log.error(at: location(of: fault), code: code, Wording("the YAML cannot be read: \(detail)", "无法读取 YAML：\(detail)"), fix: Self.syntaxFix)
    }
}
