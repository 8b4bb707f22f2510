/// The one way text is compared in search, at build time here and in the browser by `search.js`, which must fold
/// exactly as this does: full-width forms to half-width (ＧＤＰ = GDP, ２０２６ = 2026), the ideographic space to a
/// space, Latin capitals to small letters. Each character folds to one character, so a match found in folded text
/// stands at the same place in the text as written, where the browser highlights it.
public enum SearchText {
    public static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0xFF01...0xFF5E: return fold(Unicode.Scalar(scalar.value - 0xFEE0)!)
        case 0x3000: return " "
        case 0x41...0x5A: return Unicode.Scalar(scalar.value + 0x20)!
        default: return scalar
        }
    }

    public static func fold(_ text: String) -> String {
        var folded = String.UnicodeScalarView()
        folded.append(contentsOf: text.unicodeScalars.map(fold))
        return String(folded)
    }

    /// The grams a field is found by, in its folded form: every character and every pair of neighbouring
    /// characters, leaving out white space, which a query's grams leave out too. Folded one character at a time,
    /// so no folded copy of a long body is made.
    static func grams(of text: String, into grams: inout Set<Gram>) {
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            let scalar = fold(scalar)
            guard !isSpace(scalar) else {
                previous = nil
                continue
            }
            grams.insert(Gram(scalar))
            if let previous { grams.insert(Gram(previous, scalar)) }
            previous = scalar
        }
    }

    /// White space exactly as JavaScript's `\s` knows it, which `search.js` leaves out of a query's grams.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF: true
        default: false
        }
    }

    /// White space as a reader sees it: any run of it is one space.
    public static func collapsingWhitespace(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// FNV-1a over the gram's UTF-8 bytes: the shard a gram is in, computed the same way by `search.js`.
    static func shard(of gram: String, count: Int) -> Int {
        shard(of: gram.unicodeScalars, count: count)
    }

    static func shard(of scalars: some Sequence<Unicode.Scalar>, count: Int, from hash: UInt32? = nil) -> Int {
        Int(fnv1a(of: scalars, from: hash) % UInt32(count))
    }

    static func fnv1a(of scalars: some Sequence<Unicode.Scalar>, from start: UInt32? = nil) -> UInt32 {
        var hash = start ?? 2_166_136_261
        for scalar in scalars {
            for byte in scalar.utf8 {
                hash ^= UInt32(byte)
                hash = hash &* 16_777_619
            }
        }
        return hash
    }
}

/// One character or two neighbouring ones, packed in a number: a corpus has tens of millions of postings, and
/// hashing numbers instead of strings is most of what keeps indexing cheap.
struct Gram: Hashable, Sendable {
    private static let single: UInt64 = 1 << 42
    let value: UInt64

    init(_ character: Unicode.Scalar) {
        value = Self.single | UInt64(character.value)
    }

    init(_ first: Unicode.Scalar, _ second: Unicode.Scalar) {
        value = UInt64(first.value) << 21 | UInt64(second.value)
    }

    private var second: Unicode.Scalar { Unicode.Scalar(UInt32(value & 0x1F_FFFF))! }
    private var first: Unicode.Scalar? { value & Self.single != 0 ? nil : Unicode.Scalar(UInt32(value >> 21 & 0x1F_FFFF))! }

    var scalars: [Unicode.Scalar] {
        first.map { [$0, second] } ?? [second]
    }

    var text: String {
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars)
        return String(text)
    }

    /// As `SearchText.shard(of:count:)` of its text; asked once for every posting of a corpus, so made without an array.
    func shard(count: Int) -> Int {
        SearchText.shard(of: CollectionOfOne(second), count: count, from: first.map { SearchText.fnv1a(of: CollectionOfOne($0)) })
    }
}
