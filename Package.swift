// swift-tools-version:5.9
import PackageDescription

// Pipeline: EvplanDocument (load) → EvplanParse (parse) → EvplanModel ← EvplanSchedule (analyse) ← EvplanCheck (check),
// EvplanRender (render). See docs/architecture.md.
// Evplan ties the stages together; the `evplan` executable is a thin command line over it.
let package = Package(
    name: "evplan",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "evplan", targets: ["evplan"]),
        .library(name: "Evplan", targets: ["Evplan"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"]), .brew(["cmark-gfm"])]
        ),
        // QR codes for badges (libqrencode, rendered as inline SVG by EvplanRender).
        .systemLibrary(name: "CQRencode", pkgConfig: "libqrencode", providers: [.apt(["libqrencode-dev"]), .brew(["qrencode"])]),
        .target(name: "EvplanModel"),
        .target(
            name: "EvplanDocument",
            dependencies: ["CCmarkGFM", "EvplanModel", "Yams", .product(name: "CSV", package: "CSV.swift")]
        ),
        .target(name: "EvplanParse", dependencies: ["EvplanDocument", "EvplanModel"]),
        // Analyses derived from the model (the schedule in a working calendar), worked out once per compile.
        .target(name: "EvplanSchedule", dependencies: ["EvplanModel"]),
        .target(name: "EvplanCheck", dependencies: ["EvplanModel", "EvplanSchedule"]),
        .target(
            name: "EvplanRender",
            dependencies: ["EvplanModel", "EvplanSchedule", "CQRencode", .product(name: "Mustache", package: "swift-mustache")],
            plugins: ["EmbedTemplates", "GenerateTemplateLookups"]
        ),
        .target(name: "Evplan", dependencies: ["EvplanDocument", "EvplanParse", "EvplanModel", "EvplanSchedule", "EvplanCheck", "EvplanRender"]),
        // `evplan serve` and `watch`: the live preview, kept apart so the core has no server in it.
        .target(
            name: "EvplanServe",
            dependencies: ["Evplan", "EvplanModel", "EvplanRender", .product(name: "FlyingFox", package: "FlyingFox")]
        ),
        // `evplan desk`: the event day's check-in desks on the plan's roster; scans kept in SQLite (GRDB, WAL).
        .target(
            name: "EvplanDesk",
            dependencies: ["Evplan", "EvplanDocument", "EvplanModel", "EvplanRender", "EvplanServe", .product(name: "FlyingFox", package: "FlyingFox"),
                           .product(name: "GRDB", package: "GRDB.swift"), .product(name: "CSV", package: "CSV.swift")]
        ),
        .executableTarget(
            name: "evplan",
            dependencies: ["Evplan", "EvplanServe", "EvplanDesk", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // Embeds the top-level Templates/ folder into the binary, so an installed evplan needs no source tree.
        .executableTarget(name: "TemplateEmbedder", path: "Sources/TemplateEmbedder"),
        .plugin(name: "EmbedTemplates", capability: .buildTool(), dependencies: ["TemplateEmbedder"]),
        // Writes the view-models' template lookups (`MustacheParent`) from their stored properties.
        .executableTarget(name: "TemplateLookupGenerator", path: "Sources/TemplateLookupGenerator"),
        .plugin(name: "GenerateTemplateLookups", capability: .buildTool(), dependencies: ["TemplateLookupGenerator"]),
        // Fixtures are read from the source tree by path (tests copy plans into temporary folders).
        .testTarget(
            name: "EvplanTests",
            dependencies: ["Evplan", "EvplanDocument", "EvplanParse", "EvplanModel", "EvplanSchedule", "EvplanCheck", "EvplanRender", "EvplanServe", "EvplanDesk",
                           .product(name: "CSV", package: "CSV.swift")],
            exclude: ["Fixtures"]
        ),
    ]
)

// libFuzzer target over load → parse → check → render; `make fuzz` (bench/fuzz.sh) builds it with ASan and libFuzzer.
package.targets.append(.executableTarget(name: "EvplanFuzz", dependencies: ["Evplan", "EvplanRender"]))
