import Evplan
import EvplanRender
import Foundation

/// Builds a plan into memory, errors or not, so the preview always has something fresh to show.
public enum PreviewBuilder {
    public static func build(folder: String) -> PreviewContent {
        let clock = ContinuousClock()
        let start = clock.now
        let result = Pipeline.compile(folder: folder)
        // The same template lookup as `evplan build`, so the preview shows what a build would write.
        var files: [String: Data] = [:]
        var templateFailure: String?
        do {
            let renderer = try Pipeline.renderer(folder: folder, for: result)
            for file in renderer.render(result) {
                files[file.path] = file.contents
            }
        } catch {
            templateFailure = "\(error)"
        }
        return PreviewContent(files: files, result: result, templateFailure: templateFailure, duration: clock.now - start)
    }
}
