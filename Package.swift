// swift-tools-version: 6.2
import PackageDescription

/// One set of Swift settings for every target we own: Swift 6 mode comes from the tools version,
/// these add the upcoming-feature checks of our house style and refuse warnings.
let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
    .treatAllWarnings(as: .error),
]

let package = Package(
    name: "Khabar",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "khabar", targets: ["khabar"]),
        .library(name: "KhabarText", targets: ["KhabarText"]),
        .library(name: "KhabarCore", targets: ["KhabarCore"]),
        .library(name: "KhabarIngest", targets: ["KhabarIngest"]),
        .library(name: "KhabarStore", targets: ["KhabarStore"]),
        .library(name: "KhabarEvaluation", targets: ["KhabarEvaluation"]),
        .library(name: "KhabarPipeline", targets: ["KhabarPipeline"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        .target(name: "KhabarText", swiftSettings: strictSettings),
        .target(
            name: "KhabarCore",
            dependencies: ["KhabarText"],
            resources: [.copy("Resources/hindi-entities.ner")],
            swiftSettings: strictSettings
        ),
        .target(
            name: "KhabarEvaluation", dependencies: ["KhabarCore", "KhabarText"], swiftSettings: strictSettings),
        .target(name: "KhabarIngest", dependencies: ["KhabarCore", "KhabarText"], swiftSettings: strictSettings),
        .target(
            name: "KhabarStore",
            dependencies: [
                "KhabarCore", "KhabarText", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ],
            swiftSettings: strictSettings
        ),
        .target(
            name: "KhabarPipeline",
            dependencies: ["KhabarCore", "KhabarText", "KhabarIngest", "KhabarStore"],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "khabar",
            dependencies: [
                "KhabarText", "KhabarCore", "KhabarIngest", "KhabarStore", "KhabarEvaluation", "KhabarPipeline",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSettings
        ),
        .testTarget(name: "KhabarTextTests", dependencies: ["KhabarText"], swiftSettings: strictSettings),
        .testTarget(
            name: "KhabarCoreTests", dependencies: ["KhabarCore", "KhabarText", "KhabarEvaluation"],
            swiftSettings: strictSettings),
        .testTarget(
            name: "KhabarIngestTests",
            dependencies: ["KhabarIngest", "KhabarCore"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "KhabarStoreTests",
            dependencies: ["KhabarStore", "KhabarCore", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "KhabarPipelineTests",
            dependencies: ["KhabarPipeline", "KhabarStore", "KhabarCore", "KhabarIngest", "KhabarText"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "KhabarCLITests", dependencies: ["KhabarCore", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: strictSettings),
    ]
)
