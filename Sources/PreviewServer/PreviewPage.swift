import ContentModel
import Foundation

/// What the server adds to a built page, and the pages it makes itself: the live-reload script on every page, and,
/// while the latest save broke the group, the list of problems over the last good page.
enum PreviewPage {
    /// `html` with the script, and the problems when the latest build failed, before its last `</body>`.
    static func serving(_ html: String, generation: Int, outcome: PreviewOutcome) -> String {
        let added = (outcome.isGood ? "" : problems(outcome)) + LiveReload.script(generation: generation)
        guard let end = html.range(of: "</body>", options: .backwards) else { return html + added }
        return html.replacingCharacters(in: end.lowerBound..<end.lowerBound, with: added)
    }

    /// A page of its own: the list of sites, or the problems when no build has succeeded yet.
    static func standalone(title: String, body: String, generation: Int, outcome: PreviewOutcome) -> String {
        let lang = outcome.language == .chinese ? "zh-CN" : "en"
        return serving("""
            <!DOCTYPE html>
            <html lang="\(lang)"><head><meta charset="utf-8"><title>\(escaped(title))</title></head>
            <body>\(body)</body></html>
            """, generation: generation, outcome: outcome)
    }

    /// The served sites, each linking to its home page.
    static func siteList(_ sites: [(name: String, url: String)], groupName: String) -> String {
        "<h1>\(escaped(groupName))</h1><ul>"
            + sites.map { "<li><a href=\"\(escaped($0.url))\">\(escaped($0.name))</a> \(escaped($0.url))</li>" }.joined()
            + "</ul>"
    }

    /// The problems of the latest build, one per line as `path:line:column`, the message and what to do.
    static func problems(_ outcome: PreviewOutcome) -> String {
        let chinese = outcome.language == .chinese
        let heading = chinese ? "保存的修改使网站群无法构建，以下问题改正前显示的是上次构建成功的页面"
                              : "The last save broke the group: the pages shown are from the last good build until these are fixed"
        let colon = chinese ? "：" : ": "
        let lines = outcome.problems.map { problem in
            "<li><code>\(escaped("\(problem.location.path):\(problem.location.line):\(problem.location.column)"))</code> "
                + "\(escaped(problem.severity.name(in: outcome.language)))\(colon)\(escaped(problem.message.text(in: outcome.language)))"
                + "<br>\(chinese ? "改正方法" : "What to do")\(colon)\(escaped(problem.fix.text(in: outcome.language)))</li>"
        }
        let failure = outcome.failure.map { "<li>\(escaped($0))</li>" } ?? ""
        return """
            <div id="sitegroup-problems" role="alert" style="position:fixed;inset:0 0 auto 0;max-height:60vh;overflow:auto;\
            z-index:2147483647;background:#fff3f3;color:#000;border-bottom:3px solid #b00;padding:1rem;font:1rem/1.5 sans-serif">\
            <h2 style="margin:0 0 .5rem;color:#b00">\(heading)</h2><ol>\(failure)\(lines.joined())</ol></div>
            """
    }

    static func escaped(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            default: result.append(character)
            }
        }
        return result
    }
}
