import ArgumentParser
import ContentModel
import Foundation
import HTTPFetch
import Integrity
import ServedCopy

struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check a published copy of a site against the manifest its build wrote (防篡改).",
        discussion: """
            Checks the manifest's signature with the publisher's public key, then every file: one line for each file \
            modified, missing or not in the manifest, nothing when the copy is as built. A copy is a folder (every file \
            in it is compared) or an http(s) address (every file of the manifest is fetched; a file added there is found \
            when a page links to it). Without a copy, the site is checked at the address it was built for. \
            Exit status: 0 the copy is as built, 1 a finding or a bad signature, 2 could not run.
            """
    )

    @Option(name: .long, help: ArgumentHelp("The site's manifest, <out>/<site>.manifest.json; its signature is read from <site>.manifest.sig beside it.",
                                            valueName: "file"))
    var manifest: String

    @Option(name: .long, help: ArgumentHelp("The publisher's public key (as `sitegroup key new` printed it), or a file holding it.", valueName: "key"))
    var publicKey: String?

    @Flag(name: .long, help: "Accept a manifest without checking its signature (one built without a signing key).")
    var unsigned = false

    @Option(name: .long, help: ArgumentHelp("Files fetched at once over HTTP.", valueName: "n"))
    var concurrency = 8

    @Option(name: .long, help: ArgumentHelp("Seconds allowed for each file over HTTP.", valueName: "seconds"))
    var timeout = 30.0

    @Option(name: .long, help: ArgumentHelp("Language of the messages: zh or en (default: the group's, as the manifest says).", valueName: "lang"))
    var lang: String?

    @Argument(help: ArgumentHelp("The copy: a folder, or the http(s) address it is served at (default: the manifest's base_url).", valueName: "copy"))
    var copy: String?

    func validate() throws {
        if let lang, Language(rawValue: lang) == nil { throw ValidationError("--lang must be zh or en (found \"\(lang)\")") }
        if publicKey == nil && !unsigned { throw ValidationError("give --public-key KEY to check the signature, or --unsigned to check files only") }
        if publicKey != nil && unsigned { throw ValidationError("--public-key and --unsigned exclude each other") }
        guard concurrency >= 1 else { throw ValidationError("--concurrency must be 1 or more (found \(concurrency))") }
        guard timeout > 0 else { throw ValidationError("--timeout must be more than 0 seconds (found \(timeout))") }
    }

    func run() throws {
        var language = lang.flatMap(Language.init(rawValue:)) ?? .english
        let manifestData: Data
        let manifest: Manifest
        do {
            manifestData = try read(self.manifest, language: language)
            manifest = try Manifest(decoding: manifestData)
        } catch let problem as ManifestProblem {
            throw couldNotRun("\(self.manifest): \(problem.text(in: language))")
        }
        language = lang.flatMap(Language.init(rawValue:)) ?? Language(groupLanguage: manifest.language)
        var lines: [String] = []
        if let publicKey {
            lines += try signatureProblems(of: manifestData, key: try key(publicKey, language: language), language: language)
        }
        let target = copy ?? manifest.baseURL
        let findings: [CopyFinding]
        if let url = URL(string: target), ["http", "https"].contains(url.scheme?.lowercased() ?? "") {
            let limits = HTTPFetcher.Limits(timeout: timeout, maximumBytes: 64 << 20, maximumRedirects: 5)
            findings = ServedCopy(base: url, limits: limits, concurrency: concurrency).findings(against: manifest)
        } else {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: target, isDirectory: &isFolder), isFolder.boolValue else {
                throw couldNotRun(language == .chinese ? "\(target)：不是文件夹，也不是 http(s) 网址"
                                                               : "\(target): neither a folder nor an http(s) address")
            }
            // The output folder given for the site's folder would report every file twice over: say where to point.
            let siteFolder = URL(fileURLWithPath: target).appendingPathComponent(manifest.site)
            if !FileManager.default.fileExists(atPath: URL(fileURLWithPath: target).appendingPathComponent("index.html").path),
               FileManager.default.fileExists(atPath: siteFolder.appendingPathComponent("index.html").path) {
                throw couldNotRun(language == .chinese
                    ? "\(target)：这是整个输出文件夹，不是网站 \(manifest.site) 的副本；请改为核验 \(siteFolder.path)"
                    : "\(target): this is the whole output, not a copy of the site \(manifest.site); verify \(siteFolder.path) instead")
            }
            findings = FolderCopy(folder: target).findings(against: manifest)
        }
        lines += findings.map { $0.text(in: language) }
        guard lines.isEmpty else {
            print(lines.joined(separator: "\n"))
            throw ExitCode.contentErrors
        }
    }

    /// A missing or wrong signature is a finding like a changed file: the manifest cannot be trusted.
    private func signatureProblems(of manifest: Data, key: PublicKey, language: Language) throws -> [String] {
        let path = Manifest.signaturePath(forManifest: self.manifest)
        guard let signature = try? read(path, language: language) else {
            return [language == .chinese ? "\(path)：没有签名文件，无法证明清单出自发布者（构建时未提供签名私钥？）"
                                         : "\(path): no signature, so nothing shows the manifest is the publisher's (built without a signing key?)"]
        }
        guard key.accepts(signature: String(decoding: signature, as: UTF8.self), for: manifest) else {
            return [language == .chinese ? "\(self.manifest)：签名无效：清单不是用此公钥对应的私钥签名的，或签名后被改动过"
                                         : "\(self.manifest): bad signature: the manifest was not signed with this public key's private key, or was changed since"]
        }
        return []
    }

    private func key(_ given: String, language: Language) throws -> PublicKey {
        if let key = try? PublicKey(text: given) { return key }
        guard FileManager.default.fileExists(atPath: given) else {
            throw couldNotRun(ManifestProblem(Wording("it is not a public key (the base64 of 32 bytes, as `sitegroup key new` prints it) nor a file",
                                                              "它既不是公钥（32 字节的 base64，即 `sitegroup key new` 输出的格式），也不是文件"),
                                                      subject: "--public-key").text(in: language))
        }
        do {
            return try PublicKey(text: String(decoding: try read(given, language: language), as: UTF8.self))
        } catch let problem as ManifestProblem {
            throw couldNotRun("\(given): \(problem.text(in: language))")
        }
    }

    private func read(_ path: String, language: Language) throws -> Data {
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw couldNotRun(FileSystemError(path: path, error).text(in: language))
        }
    }

}

/// A command could not run: told on one line, exit status 2.
func couldNotRun(_ text: String) -> ExitCode {
    printError("sitegroup: \(text)\n")
    return ExitCode(2)
}
