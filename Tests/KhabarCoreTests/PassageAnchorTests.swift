import Testing

@testable import KhabarCore

/// Which stored passage a newly found shared stretch belongs to.
@Suite("passage anchors")
struct PassageAnchorTests {
    @Test("of overlapping passages the one sharing most words is chosen, whatever order they were loaded in")
    func orderIndependent() {
        // A wire paragraph stored as two passages that overlap: words 904–1205 and 1043–1205.
        let long = PassageAnchor(passage: "879c", start: 904, end: 1205)
        let tail = PassageAnchor(passage: "7cdf", start: 1043, end: 1205)
        let stretch = 926..<1205
        #expect(PassageLinker.anchor(covering: stretch, in: [long, tail])?.passage == "879c")
        #expect(PassageLinker.anchor(covering: stretch, in: [tail, long])?.passage == "879c")
        // Equal overlaps: the earlier start, then the smaller id, in either order.
        let early = PassageAnchor(passage: "b", start: 100, end: 200)
        let late = PassageAnchor(passage: "a", start: 150, end: 250)
        #expect(PassageLinker.anchor(covering: 150..<200, in: [early, late])?.passage == "b")
        #expect(PassageLinker.anchor(covering: 150..<200, in: [late, early])?.passage == "b")
        let twin = PassageAnchor(passage: "a", start: 100, end: 200)
        #expect(PassageLinker.anchor(covering: 100..<200, in: [early, twin])?.passage == "a")
        #expect(PassageLinker.anchor(covering: 100..<200, in: [twin, early])?.passage == "a")
        // Less than half of the shorter one shared: no passage.
        #expect(PassageLinker.anchor(covering: 0..<120, in: [early]) == nil)
    }
}
