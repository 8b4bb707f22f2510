// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "sitegroup",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "sitegroup", targets: ["sitegroup"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        // The preview server's HTTP and WebSocket: FlyingFox builds in seconds, where Hummingbird brings SwiftNIO.
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
        // SHA-256 and Ed25519 for the signed manifests of built sites (防篡改).
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .systemLibrary(
            name: "CCurl",
            pkgConfig: "libcurl",
            providers: [.apt(["libcurl4-openssl-dev"])]
        ),
        .systemLibrary(
            name: "COpenCC",
            pkgConfig: "opencc",
            providers: [.apt(["libopencc-dev", "libopencc-data"])]
        ),
        .target(name: "CFileSystem"),
        // The static search index: folding, grams, shards, and OpenCC's traditional-to-simplified table.
        .target(name: "SearchIndex", dependencies: ["ContentModel", "COpenCC"]),
        // What the sync agent and `check --external` both need of libcurl: one bounded GET.
        .target(name: "HTTPFetch", dependencies: ["ContentModel", "CCurl"]),
        // What SiteBuilder and SyncAgent both need of libxml2: the HTML sanitizer and a strict XML reader.
        .target(name: "Markup", dependencies: ["CLibXML2"]),
        .target(
            name: "ContentModel",
            dependencies: ["CFileSystem", .product(name: "Yams", package: "Yams")]
        ),
        .target(name: "CacheStore", dependencies: ["ContentModel"]),
        // What a built site is (its files' SHA-256 in a manifest signed with Ed25519) and how a copy of it is checked.
        .target(name: "Integrity", dependencies: ["ContentModel", .product(name: "Crypto", package: "swift-crypto")]),
        // `verify` of a copy served over HTTP: the manifest's files fetched, and the links of changed pages followed.
        .target(name: "ServedCopy", dependencies: ["ContentModel", "Integrity", "HTTPFetch", "Markup"]),
        // The yearly reports a site owes (年度报表), worked out from content and what editors file; the builder makes
        // their pages and the command line prints them.
        .target(name: "AnnualReport", dependencies: ["ContentModel"]),
        .target(
            name: "SiteBuilder",
            dependencies: [
                "ContentModel",
                "CacheStore",
                "AnnualReport",
                "Integrity",
                "Markup",
                "SearchIndex",
                "CCmarkGFM",
                "CLibXML2",
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        .target(
            name: "SiteInspector",
            dependencies: ["ContentModel", "SiteBuilder", "HTTPFetch"]
        ),
        .target(
            name: "Pipeline",
            dependencies: ["ContentModel", "CacheStore", "Integrity", "SiteBuilder", "SiteInspector"]
        ),
        // `sitegroup new`: sites, columns and documents written for editors, configuration changed line by line.
        .target(
            name: "Scaffolding",
            dependencies: ["ContentModel", .product(name: "Yams", package: "Yams")]
        ),
        .target(
            name: "PreviewServer",
            dependencies: ["ContentModel", "SiteBuilder", "Pipeline", .product(name: "FlyingFox", package: "FlyingFox")]
        ),
        .target(
            name: "SyncAgent",
            dependencies: ["ContentModel", "Markup", "HTTPFetch"]
        ),
        .executableTarget(
            name: "sitegroup",
            dependencies: [
                "ContentModel",
                "CacheStore",
                "SiteBuilder",
                "SiteInspector",
                "Pipeline",
                "AnnualReport",
                "SyncAgent",
                "PreviewServer",
                "Scaffolding",
                "Integrity",
                "ServedCopy",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(name: "TestSupport", dependencies: ["ContentModel", "CacheStore", "SiteBuilder", "SiteInspector", "Pipeline"], path: "Tests/TestSupport"),
        .testTarget(name: "ContentModelTests", dependencies: ["ContentModel", "TestSupport"]),
        .testTarget(name: "SearchIndexTests", dependencies: ["SearchIndex", "TestSupport"]),
        .testTarget(name: "SiteBuilderTests", dependencies: ["SiteBuilder", "ContentModel", "AnnualReport", "CacheStore", "Integrity", "Pipeline",
                                                     "TestSupport", "CLibXML2",
                                                     .product(name: "Mustache", package: "swift-mustache")], exclude: ["Goldens"]),
        .testTarget(name: "SiteInspectorTests", dependencies: ["SiteInspector", "ContentModel", "HTTPFetch", "TestSupport"]),
        .testTarget(name: "SyncAgentTests", dependencies: ["SyncAgent", "Markup", "SiteBuilder", "ContentModel", "TestSupport"]),
        .testTarget(name: "ScaffoldingTests", dependencies: ["Scaffolding", "ContentModel", "TestSupport"]),
        .testTarget(name: "SitegroupTests", dependencies: ["sitegroup", "TestSupport", .product(name: "FlyingFox", package: "FlyingFox")]),
        .testTarget(name: "IntegrityTests", dependencies: ["Integrity", "ServedCopy", "ContentModel", "TestSupport",
                                                    .product(name: "FlyingFox", package: "FlyingFox")]),
    ]
)
