// libFuzzer entry for load → parse → check → render. `make fuzz` builds this target with
// `-sanitize=fuzzer,address -D EVPLAN_FUZZ`: libFuzzer's own `main` then drives `LLVMFuzzerTestOneInput`.
// A plain `swift build` gets a stub that says how to run it, so the target never breaks the normal build.
import Foundation

#if EVPLAN_FUZZ
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    FuzzHarness.run(bytes.map { Data(bytes: $0, count: count) } ?? Data())
    return 0
}
#else
FileHandle.standardError.write(Data("EvplanFuzz is a libFuzzer target: run it with `make fuzz FUZZ_SECONDS=60`.\n".utf8))
exit(2)
#endif
