import ContentModel
import Foundation
import Integrity
import Testing
import TestSupport

@Suite("Manifests of built sites")
struct ManifestTests {
    static let page = Data("<p>示例</p>\n".utf8)

    @Test func aManifestIsTheSameBytesForTheSameFilesWhateverTheirOrder() throws {
        let a = Manifest.Entry(path: "news/index.html", size: 3, digest: FileDigest(of: Data("abc".utf8)))
        let b = Manifest.Entry(path: "index.html", size: Self.page.count, digest: FileDigest(of: Self.page))
        let manifest = Manifest(site: "portal", baseURL: "https://www.example.gov.cn/", language: "zh-CN", files: [a, b])
        #expect(manifest.encoded() == Manifest(site: "portal", baseURL: "https://www.example.gov.cn/", language: "zh-CN", files: [b, a]).encoded())
        #expect(String(decoding: manifest.encoded(), as: UTF8.self) == """
            {
              "base_url" : "https://www.example.gov.cn/",
              "files" : [
                {
                  "path" : "index.html",
                  "sha256" : "\(FileDigest(of: Self.page).hex)",
                  "size" : \(Self.page.count)
                },
                {
                  "path" : "news/index.html",
                  "sha256" : "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                  "size" : 3
                }
              ],
              "format" : "sitegroup-manifest/1",
              "language" : "zh-CN",
              "site" : "portal"
            }

            """)
        #expect(try Manifest(decoding: manifest.encoded()) == manifest)
    }

    @Test func aManifestNamingAPathOutsideTheSiteIsRefused() throws {
        for path in ["../etc/passwd", "/etc/passwd", "news//index.html", "./index.html"] {
            let text = """
                {"format": "sitegroup-manifest/1", "site": "portal", "base_url": "https://www.example.gov.cn/", "language": "zh-CN",
                 "files": [{"path": "\(path)", "size": 1, "sha256": "\(String(repeating: "0", count: 64))"}]}
                """
            #expect(throws: ManifestProblem.self) { try Manifest(decoding: Data(text.utf8)) }
        }
        let other = #"{"format": "sitegroup-manifest/2", "site": "p", "base_url": "", "language": "", "files": []}"#
        #expect(throws: ManifestProblem.self) { try Manifest(decoding: Data(other.utf8)) }
    }

    @Test func aSignatureIsTheSameForTheSameManifestAndOnlyItsKeyAcceptsIt() throws {
        let key = SigningKey.generate()
        let manifest = Data("manifest".utf8)
        let signature = key.signature(for: manifest)
        #expect(signature.count == 64)
        #expect(key.signature(for: manifest) == signature)
        let publicKey = try PublicKey(text: key.publicKey.text)
        #expect(publicKey.accepts(signature: signature.base64EncodedString() + "\n", for: manifest))
        #expect(!publicKey.accepts(signature: signature.base64EncodedString(), for: Data("manifesT".utf8)))
        #expect(!SigningKey.generate().publicKey.accepts(signature: signature.base64EncodedString(), for: manifest))
        #expect(try SigningKey(text: key.text + "\n").publicKey.text == key.publicKey.text)
        #expect(throws: ManifestProblem.self) { try SigningKey(text: "not a key") }
    }

    @Test func aFolderCopyReportsEveryChangedMissingAndAddedFileHiddenOnesToo() throws {
        let folder = TemporaryFolder()
        let files = ["index.html": Self.page, "news/index.html": Data("新闻".utf8), "assets/site.css": Data("p{}".utf8)]
        for (path, data) in files {
            let url = folder.url.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        }
        let manifest = Manifest(site: "portal", baseURL: "https://www.example.gov.cn/", language: "zh-CN",
                                files: files.map { Manifest.Entry(path: $0.key, size: $0.value.count, digest: FileDigest(of: $0.value)) })
        let copy = FolderCopy(folder: folder.url.path)
        #expect(copy.findings(against: manifest) == [])
        try Data("新闻!".utf8).write(to: folder.url.appendingPathComponent("news/index.html"))
        try FileManager.default.removeItem(at: folder.url.appendingPathComponent("assets/site.css"))
        try Data("Redirect /".utf8).write(to: folder.url.appendingPathComponent("news/.htaccess"))
        #expect(copy.findings(against: manifest).map { $0.text(in: .chinese) } == [
            "assets/site.css: 缺失：清单中有此文件，副本中没有",
            "news/.htaccess: 多出：副本中有此文件，清单中没有",
            "news/index.html: 已被改动：内容与清单中的 SHA-256 不符",
        ])
    }
}
