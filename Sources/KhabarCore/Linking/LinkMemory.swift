/// What the link stage keeps between the batches of one run, so that a batch loads from the store only what
/// the batches before it did not: canonical entities already in the directory, the shingles of stored
/// documents, and stored partners' texts prepared for alignment with their passages.
///
/// Valid only while no one else writes the store: every save records a new store epoch, and a batch that
/// finds an epoch it did not write (another process linked in between) starts from an empty memory. Bounded:
/// a part past its capacity starts empty again.
public struct LinkMemory: Sendable {
    /// The canonical entities loaded or made so far, indexed for linking.
    public internal(set) var directory = EntityDirectory()
    /// The store epoch this memory is valid for (-1: none yet).
    var epoch: Int64 = -1
    /// Shingles of stored documents, by id.
    var shingles: [String: ShingleSet] = [:]
    /// Stored documents' texts prepared for alignment, by id.
    var texts: [String: PreparedText] = [:]
    /// The most entities kept (an entity with its index takes about a kilobyte).
    public var entityCapacity: Int
    /// The most documents whose shingles are kept (about 4 KB each).
    public var shingleCapacity: Int
    /// The most prepared partner texts kept (about 50 KB each: the first articles of groups of copies are
    /// partners again and again).
    public var textCapacity: Int

    /// An empty memory with bounds that keep it near 300 MB at most.
    public init(entityCapacity: Int = 100_000, shingleCapacity: Int = 20_000, textCapacity: Int = 2_000) {
        self.entityCapacity = entityCapacity
        self.shingleCapacity = shingleCapacity
        self.textCapacity = textCapacity
    }

    /// Makes the memory fit the store as it is now: emptied when the store was written by someone else since
    /// this memory last wrote it, and when a part has grown past ``capacity``.
    mutating func check(epoch stored: Int64) {
        if stored != epoch {
            directory = EntityDirectory()
            texts = [:]
            epoch = stored
        }
        if directory.entities.count > entityCapacity { directory = EntityDirectory() }
        if shingles.count > shingleCapacity { shingles = [:] }
        if texts.count > textCapacity { texts = [:] }
    }
}

/// A stored document's text prepared for aligning passages with it, with the passages anchored in it.
struct PreparedText: Sendable {
    var text: PassageText
    var scalars: [Unicode.Scalar]
    var anchors: [PassageAnchor]

    init(_ stored: StoredText) {
        scalars = Array(stored.text.unicodeScalars)
        text = PassageText(stored.text)
        anchors = stored.anchors
    }
}
