// libFuzzer entry for load → parse → check → render. Built by `make fuzz`, which passes
// `-sanitize=fuzzer,address -D EVPLAN_FUZZ`; a plain `swift build` gets a stub that says how to run it,
// so the target never breaks the normal build.
#if EVPLAN_FUZZ
import Foundation

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

var argumentCount = CommandLine.argc
var arguments: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argumentCount, &arguments) { bytes, count in
    FuzzHarness.run(bytes.map { Data(bytes: $0, count: count) } ?? Data())
    return 0
})
#else
import Foundation

FileHandle.standardError.write(Data("EvplanFuzz is a libFuzzer target: run it with `make fuzz FUZZ_SECONDS=60`.\n".utf8))
exit(2)
#endif
