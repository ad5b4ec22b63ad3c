@testable import EvplanParse
import XCTest

final class TextNormalizerValuesTests: XCTestCase {
    func testFullWidthFormsBecomeASCII() {
        XCTAssertEqual(TextNormalizer.halfWidth("０１２３４５６７８９"), "0123456789")
        XCTAssertEqual(TextNormalizer.halfWidth("１２０，０００"), "120,000")
        XCTAssertEqual(TextNormalizer.halfWidth("０９：００～１０：３０"), "09:00~10:30")
        XCTAssertEqual(TextNormalizer.halfWidth("２０２７／３／１２（五）"), "2027/3/12(五)")
        XCTAssertEqual(TextNormalizer.halfWidth("ＮＴ＄\u{3000}１"), "NT$ 1")
        XCTAssertEqual(TextNormalizer.halfWidth("￥１"), "¥1")
    }

    func testOtherTextIsUntouched() {
        XCTAssertEqual(TextNormalizer.halfWidth("場地租金 venue"), "場地租金 venue")
        XCTAssertEqual(TextNormalizer.halfWidth("、。「」"), "、。「」")
        XCTAssertEqual(TextNormalizer.halfWidth(""), "")
    }
}
