import ContentModel

/// The passes a deploy makes over the remote, in this order: what a page needs is in place before the page, the
/// pages before the feeds and sitemaps that announce them, and only then is anything deleted. Stopped after any
/// pass, the remote still serves a whole site: the old pages with new assets beside them, or the new pages.
enum DeployPhase: CaseIterable {
    case assets
    case pages
    case feeds
    case stale

    /// The name printed as the deploy's `[i/n]` step.
    var name: String {
        switch self {
        case .assets: "assets"
        case .pages: "pages"
        case .feeds: "feeds, sitemaps and data"
        case .stale: "remove stale files"
        }
    }

    var doing: Wording {
        switch self {
        case .assets: Wording("uploading assets", "上传资源文件时")
        case .pages: Wording("uploading pages", "上传网页时")
        case .feeds: Wording("uploading feeds, sitemaps and data", "上传订阅源、站点地图和数据文件时")
        case .stale: Wording("removing stale files", "删除过时文件时")
        }
    }

    /// rclone filter rules choosing the phase's files, first match wins. Assets are everything under a site's
    /// `assets/`; pages every other `.html`; the rest (feeds, sitemaps, catalog JSON, report CSV, search index)
    /// goes last. The stale pass sees every file, so it deletes exactly what the output no longer has.
    private var filters: [String] {
        switch self {
        case .assets: ["+ /*/assets/**", "- **"]
        case .pages: ["- /*/assets/**", "+ *.html", "- **"]
        case .feeds: ["- /*/assets/**", "- *.html", "+ **"]
        case .stale: []
        }
    }

    /// `copy` adds and replaces. Only the last pass deletes, with `sync`, after the transfers it would make; with
    /// `--ignore-existing` it transfers only files the remote lacks (none, unless the output changed while the
    /// deploy ran), so it never sends a file again, even when `RCLONE_IGNORE_TIMES` asks every pass to.
    var arguments: [String] {
        let rules = filters.flatMap { ["--filter", $0] }
        return self == .stale ? ["sync", "--ignore-existing", "--delete-after"] : ["copy"] + rules
    }

    func maxAge(_ cache: CachePolicy) -> Int {
        self == .assets ? cache.assetMaxAge : cache.pageMaxAge
    }
}
