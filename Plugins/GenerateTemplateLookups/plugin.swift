import Foundation
import PackagePlugin

/// Generates the template lookups (`MustacheParent.child(named:)`) of every `TemplateValue` type in the target.
@main
struct GenerateTemplateLookups: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let module = target as? SourceModuleTarget else { return [] }
        let sources = module.sourceFiles(withSuffix: "swift").map(\.path).sorted { $0.string < $1.string }
        let output = context.pluginWorkDirectory.appending("TemplateLookups.swift")
        return [
            .buildCommand(
                displayName: "Generating template lookups from \(sources.count) sources",
                executable: try context.tool(named: "TemplateLookupGenerator").path,
                arguments: [output.string] + sources.map(\.string),
                inputFiles: sources,
                outputFiles: [output]
            )
        ]
    }
}
