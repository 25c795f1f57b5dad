// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Beraad",
    products: [
        .executable(name: "beraad", targets: ["beraad"]),
        .library(name: "BeraadEngine", targets: ["BeraadEngine"]),
    ],
    targets: [
        .target(name: "BeraadEngine"),
        .target(name: "BeraadStore", dependencies: ["BeraadEngine"]),
        .target(name: "BeraadMinutes", dependencies: ["BeraadEngine"]),
        // Across sessions: listings, the agenda, the signal register and the case bank.
        .target(name: "BeraadArchive", dependencies: ["BeraadEngine", "BeraadStore", "BeraadMinutes"]),
        .target(name: "BeraadCLI", dependencies: ["BeraadEngine", "BeraadStore", "BeraadMinutes", "BeraadArchive"]),
        .executableTarget(name: "beraad", dependencies: ["BeraadCLI"]),
        // Writes the fixtures bench/ times beraad against; not part of the product.
        .executableTarget(name: "beraad-bench", dependencies: ["BeraadEngine", "BeraadStore"]),
        .target(
            name: "BeraadTestSupport", dependencies: ["BeraadEngine", "BeraadStore"], path: "Tests/BeraadTestSupport"),
        .testTarget(
            name: "BeraadEngineTests", dependencies: ["BeraadEngine", "BeraadTestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "BeraadStoreTests", dependencies: ["BeraadStore", "BeraadTestSupport"]),
        .testTarget(
            name: "BeraadMinutesTests", dependencies: ["BeraadMinutes", "BeraadTestSupport"], exclude: ["Golden"]),
        .testTarget(name: "BeraadArchiveTests", dependencies: ["BeraadArchive", "BeraadTestSupport"]),
        .testTarget(name: "BeraadCLITests", dependencies: ["BeraadCLI", "BeraadTestSupport"], exclude: ["Golden"]),
        .testTarget(name: "EndToEndTests", dependencies: ["beraad", "BeraadTestSupport"]),
    ]
)
