import ContentModel
import Foundation

/// What a site's facts are made from, told cheaply: the path and size of every file under its `content/` and
/// `pages/`. A shard lists the other sites' files (no reading) to see that their facts were made from this
/// checkout: a file added, removed, renamed or resized makes them stale. An edit that keeps every size is not
/// seen, which is why the pipeline makes the facts and the shards from one commit.
public enum SiteSources {
    public static func digest(root: String, siteID: String) -> String {
        var listing: [String] = []
        for folder in ["content", "pages"] {
            let base = URL(fileURLWithPath: root).appendingPathComponent("sites/\(siteID)/\(folder)").standardizedFileURL
            let walker = FileManager.default.enumerator(at: base, includingPropertiesForKeys: [.fileSizeKey, .isRegularFileKey])
            while let url = walker?.nextObject() as? URL {
                guard let values = try? url.resourceValues(forKeys: [.fileSizeKey, .isRegularFileKey]), values.isRegularFile == true else { continue }
                listing.append("\(folder)/\(url.standardizedFileURL.path.dropFirst(base.path.count + 1)) \(values.fileSize ?? 0)")
            }
        }
        return Fingerprint.hex(listing.sorted().joined(separator: "\n").utf8)
    }
}
