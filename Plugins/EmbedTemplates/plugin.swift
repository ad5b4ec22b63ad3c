import Foundation
import PackagePlugin

/// Turns every file under the package's top-level `Templates/` folder into a Swift source
/// of string literals, so the built-in templates travel inside the binary.
@main
struct EmbedTemplates: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let templates = context.package.directory.appending("Templates")
        let output = context.pluginWorkDirectory.appending("EmbeddedTemplates.swift")
        var inputs: [Path] = []
        if let walker = FileManager.default.enumerator(atPath: templates.string) {
            for case let relative as String in walker where !relative.hasPrefix(".") {
                var isDirectory: ObjCBool = false
                let path = templates.appending(relative)
                if FileManager.default.fileExists(atPath: path.string, isDirectory: &isDirectory), !isDirectory.boolValue {
                    inputs.append(path)
                }
            }
        }
        return [
            .buildCommand(
                displayName: "Embedding \(inputs.count) templates",
                executable: try context.tool(named: "TemplateEmbedder").path,
                arguments: [templates.string, output.string],
                inputFiles: inputs.sorted { $0.string < $1.string },
                outputFiles: [output]
            )
        ]
    }
}
