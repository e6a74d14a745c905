import Testing

@testable import KhabarText

@Suite("Name keys across scripts")
struct NameKeyTests {
    @Test(
        "a name and its transliteration share the skeleton and the vowel key",
        arguments: [
            ("पुतिन", "Putin"),
            ("किम जोंग उन", "Kim Jong Un"),
            ("मॉस्को", "Moscow"),
            ("व्लादिमीर", "Vladimir"),
            ("मोदी", "Modi"),
            ("कमला", "Kamla"),
            ("सर्गेई लावरोव", "Sergei Lavrov"),
        ])
    func sameKeys(hindi: String, latin: String) {
        #expect(NameKey.skeleton(hindi) == NameKey.skeleton(latin))
        #expect(NameKey.similarity(hindi, latin) >= 0.8)
    }

    @Test("the skeleton collides where the vowel key does not")
    func skeletonCollides() {
        #expect(NameKey.skeleton("पुतिन") == "ptn")
        #expect(NameKey.skeleton("पटना") == "ptn")
        #expect(NameKey.similarity("पुतिन", "Putin") > NameKey.similarity("पटना", "Putin"))
        #expect(NameKey.similarity("किम यो जोंग", "Kim Jong Un") < NameKey.similarity("किम जोंग उन", "Kim Jong Un"))
    }

    @Test("schwa deletion: final and V C _ C V")
    func schwa() {
        #expect(NameKey.vowelKey("कमला") == NameKey.vowelKey("kamla"))
        #expect(NameKey.vowelKey("राम") == "ram")
        #expect(NameKey.vowelKey("न") == "na")
    }
}
