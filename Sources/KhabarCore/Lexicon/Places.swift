import Foundation
public import KhabarText

/// A gazetteer of place names in Hindi and English: countries from CLDR (through Foundation), Indian states
/// and union territories, and the cities Hindi news datelines most often name.
///
/// Lookups go by match key, so spelling variants fold (मास्को/मॉस्को, दिल्ली/दिल्‍ली). Each entry carries its
/// names in both scripts so an English mention can be joined to a Hindi one.
public struct Places: Sendable {
    /// A place and its names.
    public struct Entry: Sendable, Hashable {
        /// The Hindi name used for display.
        public var hindi: String
        /// The English name.
        public var english: String
        /// What kind of place it is.
        public var kind: Kind
    }

    /// The kind of a place.
    public enum Kind: String, Sendable, Hashable {
        case region, country, state, city
    }

    /// The shared gazetteer, built once.
    public static let shared = Places()

    private var byTerms: [[Term]: Int] = [:]
    private var firstWords: TermSet = []
    /// Every entry, in no particular order.
    public private(set) var entries: [Entry] = []
    /// The largest number of words in any name.
    public private(set) var longestName = 1
    /// Names without their spaces → entry; consonant skeletons of Devanagari names → entries.
    private var byJoined: [String: Int] = [:]
    private var bySkeleton: [String: [Int]] = [:]

    /// The entry a name (one or more words) refers to.
    public func lookup(_ name: String) -> Entry? {
        lookup(terms: Self.wordTerms(name)[...])
    }

    /// The entry for a name given as the terms of its words.
    public func lookup(terms: ArraySlice<Term>) -> Entry? {
        byTerms[Array(terms)].map { entries[$0] }
    }

    /// The entry a place name that ``lookup(terms:)`` does not know refers to when written another way: with
    /// or without the spaces between its words (आंध्रप्रदेश, गौतम बुद्ध नगर), or with other vowels (तामिलनाडु,
    /// बंगलूरू) when only one entry's Devanagari names have its consonants (and it has four or more). Costs a
    /// skeleton of the name: for canonicalizing a place once found, not for finding places.
    public func lookup(variant name: String) -> Entry? {
        let joined = Self.joined(name)
        if let index = byJoined[joined] { return entries[index] }
        let skeleton = NameKey.skeleton(joined)
        guard skeleton.unicodeScalars.count >= 4, let found = bySkeleton[skeleton], found.count == 1 else { return nil }
        return entries[found[0]]
    }

    /// A name's match key without its spaces and hyphens.
    static func joined(_ name: String) -> String {
        String(String.UnicodeScalarView(MatchKey.of(name).unicodeScalars.filter { $0 != " " && $0 != "-" }))
    }

    /// Whether some name starts with the word `term`: a cheap test before ``lookup(terms:)``.
    public func startsName(_ term: Term) -> Bool { firstWords.contains(term) }

    /// The terms of the words of a name (punctuation and hyphens dropped: जम्मू-कश्मीर is जम्मू कश्मीर).
    static func wordTerms(_ name: String) -> [Term] {
        let canonical = Normalizer.canonical(name)
        let tokens = Tokenizer.tokenize(canonical).filter(\.isWordLike)
        return Term.terms(of: canonical, tokens: tokens)
    }

    init() {
        // Two-letter codes that are not places one lives in: the UN, the EU, the eurozone, outlying Oceania,
        // pseudo-locales and "unknown".
        let notPlaces: Set<String> = ["UN", "EU", "EZ", "QO", "XA", "XB", "ZZ"]
        for code in Locale.Region.isoRegions.map(\.identifier) where code.count == 2 && !notPlaces.contains(code) {
            guard let hindi = Locale(identifier: "hi").localizedString(forRegionCode: code),
                let english = Locale(identifier: "en").localizedString(forRegionCode: code)
            else { continue }
            add(Entry(hindi: hindi, english: english, kind: .country), aliases: [])
        }
        for (hindi, english, aliases) in Self.countryAliases {
            add(Entry(hindi: hindi, english: english, kind: .country), aliases: aliases, preferNames: true)
        }
        for (hindi, english, aliases) in Self.regions {
            add(Entry(hindi: hindi, english: english, kind: .region), aliases: aliases)
        }
        for (hindi, english, aliases) in Self.states {
            add(Entry(hindi: hindi, english: english, kind: .state), aliases: aliases)
        }
        for (hindi, english, aliases) in Self.cities {
            add(Entry(hindi: hindi, english: english, kind: .city), aliases: aliases)
        }
    }

    /// Adds a place, or more names for a place already known by one of its names.
    ///
    /// - Parameter preferNames: whether `entry`'s names replace the display names of a known place.
    private mutating func add(_ entry: Entry, aliases: [String], preferNames: Bool = false) {
        let index: Int
        if let existing = byTerms[Self.wordTerms(entry.hindi)] ?? byTerms[Self.wordTerms(entry.english)] {
            index = existing
            if preferNames { entries[index] = entry }
        } else {
            index = entries.count
            entries.append(entry)
        }
        for name in [entry.hindi, entry.english] + aliases {
            let joined = Self.joined(name)
            if byJoined[joined] == nil { byJoined[joined] = index }
            if Devanagari.occurs(in: name) {
                let skeleton = NameKey.skeleton(joined)
                if !(bySkeleton[skeleton] ?? []).contains(index) { bySkeleton[skeleton, default: []].append(index) }
            }
            let terms = Self.wordTerms(name)
            guard !terms.isEmpty, byTerms[terms] == nil else { continue }
            byTerms[terms] = index
            firstWords.insert(terms[0].hash)
            longestName = max(longestName, terms.count)
        }
    }

    /// Countries whose news names differ from CLDR's, or that CLDR qualifies ("चीन मुख्यभूमि"). Words that are
    /// also common Hindi words (गया, कोटा, सूरत) are left out of every list.
    static let countryAliases: [(String, String, [String])] = [
        ("चीन", "China", ["चाइना", "PRC"]),
        ("अमेरिका", "United States", ["अमरीका", "यूएसए", "यूएस", "USA", "US", "America", "संयुक्त राज्य अमेरिका"]),
        ("ब्रिटेन", "United Kingdom", ["यूके", "UK", "Britain", "इंग्लैंड", "England"]),
        ("उत्तर कोरिया", "North Korea", ["नॉर्थ कोरिया", "डीपीआरके", "DPRK"]),
        ("दक्षिण कोरिया", "South Korea", ["साउथ कोरिया"]),
        ("रूस", "Russia", ["रशिया"]),
        ("ईरान", "Iran", []),
        ("इटली", "Italy", []),
        ("स्पेन", "Spain", []),
        ("जर्मनी", "Germany", []),
        ("फ्रांस", "France", []),
        ("जापान", "Japan", []),
        ("नेपाल", "Nepal", []),
        ("बांग्लादेश", "Bangladesh", ["बंगलादेश"]),
        ("श्रीलंका", "Sri Lanka", []),
        ("यूक्रेन", "Ukraine", []),
        ("इजराइल", "Israel", ["इस्राइल", "इजरायल"]),
        ("संयुक्त अरब अमीरात", "United Arab Emirates", ["यूएई", "UAE"]),
        ("सऊदी अरब", "Saudi Arabia", []),
        ("ऑस्ट्रेलिया", "Australia", []),
    ]

    /// Continents and regions news names like countries.
    static let regions: [(String, String, [String])] = [
        ("यूरोप", "Europe", []), ("एशिया", "Asia", []), ("अफ्रीका", "Africa", []), ("उत्तर अमेरिका", "North America", []),
        ("दक्षिण अमेरिका", "South America", ["लैटिन अमेरिका"]), ("अंटार्कटिका", "Antarctica", []),
        ("मध्य पूर्व", "Middle East", ["पश्चिम एशिया"]), ("दक्षिण एशिया", "South Asia", []),
        // The valley, a part of the union territory of Jammu and Kashmir.
        ("कश्मीर", "Kashmir", ["कश्मीर घाटी"]),
    ]

    static let states: [(String, String, [String])] = [
        ("उत्तर प्रदेश", "Uttar Pradesh", ["यूपी", "UP", "उत्तरप्रदेश"]),
        ("बिहार", "Bihar", []), ("झारखंड", "Jharkhand", ["झारखण्ड"]), ("मध्य प्रदेश", "Madhya Pradesh", ["मध्यप्रदेश", "एमपी"]),
        ("राजस्थान", "Rajasthan", []), ("महाराष्ट्र", "Maharashtra", []), ("गुजरात", "Gujarat", []),
        ("पंजाब", "Punjab", []), ("हरियाणा", "Haryana", []), ("हिमाचल प्रदेश", "Himachal Pradesh", ["हिमाचल"]),
        ("उत्तराखंड", "Uttarakhand", ["उत्तराखण्ड"]), ("जम्मू-कश्मीर", "Jammu and Kashmir", ["जम्मू कश्मीर", "जम्मू एवं कश्मीर", "जम्मू और कश्मीर"]),
        ("लद्दाख", "Ladakh", []), ("दिल्ली", "Delhi", ["दिल्‍ली"]), ("पश्चिम बंगाल", "West Bengal", ["बंगाल"]),
        ("ओडिशा", "Odisha", ["उड़ीसा", "Orissa"]), ("छत्तीसगढ़", "Chhattisgarh", []), ("असम", "Assam", []),
        ("केरल", "Kerala", []), ("कर्नाटक", "Karnataka", []), ("तमिलनाडु", "Tamil Nadu", ["तमिल नाडु"]),
        ("आंध्र प्रदेश", "Andhra Pradesh", []), ("तेलंगाना", "Telangana", []), ("गोवा", "Goa", []),
        ("सिक्किम", "Sikkim", []), ("मणिपुर", "Manipur", []), ("मेघालय", "Meghalaya", []), ("मिजोरम", "Mizoram", []),
        ("नगालैंड", "Nagaland", ["नागालैंड"]), ("त्रिपुरा", "Tripura", []), ("अरुणाचल प्रदेश", "Arunachal Pradesh", []),
        ("पुडुचेरी", "Puducherry", ["पांडिचेरी", "Pondicherry"]), ("चंडीगढ़", "Chandigarh", []),
        ("अंडमान निकोबार", "Andaman and Nicobar", []),
        ("लक्षद्वीप", "Lakshadweep", []),
    ]

    static let cities: [(String, String, [String])] = [
        ("नई दिल्ली", "New Delhi", ["नयी दिल्ली", "नई दिल्‍ली", "नयी दिल्‍ली"]), ("मुंबई", "Mumbai", ["बंबई", "Bombay"]),
        ("कोलकाता", "Kolkata", ["कलकत्ता", "Calcutta"]), ("चेन्नई", "Chennai", ["मद्रास", "Madras"]),
        ("बेंगलुरु", "Bengaluru", ["बेंगलुरू", "बंगलुरु", "बंगलौर", "Bangalore"]), ("हैदराबाद", "Hyderabad", []),
        ("अहमदाबाद", "Ahmedabad", []), ("पुणे", "Pune", []), ("जयपुर", "Jaipur", []), ("लखनऊ", "Lucknow", []),
        ("कानपुर", "Kanpur", []), ("नागपुर", "Nagpur", []), ("इंदौर", "Indore", []), ("भोपाल", "Bhopal", []),
        ("पटना", "Patna", []), ("रांची", "Ranchi", ["राँची"]), ("वाराणसी", "Varanasi", ["बनारस", "काशी"]),
        ("प्रयागराज", "Prayagraj", ["इलाहाबाद", "Allahabad"]), ("आगरा", "Agra", []), ("मेरठ", "Meerut", []),
        ("गाजियाबाद", "Ghaziabad", []), ("नोएडा", "Noida", []), ("गुरुग्राम", "Gurugram", ["गुड़गांव", "Gurgaon"]),
        ("फरीदाबाद", "Faridabad", []), ("देहरादून", "Dehradun", []), ("शिमला", "Shimla", []), ("श्रीनगर", "Srinagar", []),
        ("जम्मू", "Jammu", []), ("अमृतसर", "Amritsar", []), ("लुधियाना", "Ludhiana", []), ("जालंधर", "Jalandhar", []),
        ("अंबाला", "Ambala", []), ("रोहतक", "Rohtak", []), ("हिसार", "Hisar", []), ("पानीपत", "Panipat", []),
        ("जोधपुर", "Jodhpur", []), ("उदयपुर", "Udaipur", []), ("अजमेर", "Ajmer", []),
        ("बीकानेर", "Bikaner", []), ("चूरू", "Churu", ["चुरू"]), ("ग्वालियर", "Gwalior", []), ("जबलपुर", "Jabalpur", []),
        ("उज्जैन", "Ujjain", []), ("रायपुर", "Raipur", []), ("बिलासपुर", "Bilaspur", []), ("भुवनेश्वर", "Bhubaneswar", []),
        ("कटक", "Cuttack", []), ("गुवाहाटी", "Guwahati", []), ("वडोदरा", "Vadodara", []),
        ("राजकोट", "Rajkot", []), ("गांधीनगर", "Gandhinagar", []), ("नासिक", "Nashik", []), ("औरंगाबाद", "Aurangabad", []),
        ("भागलपुर", "Bhagalpur", []), ("मुजफ्फरपुर", "Muzaffarpur", []), ("दरभंगा", "Darbhanga", []),
        ("पूर्णिया", "Purnia", []), ("धनबाद", "Dhanbad", []), ("जमशेदपुर", "Jamshedpur", []), ("बोकारो", "Bokaro", []),
        ("देवघर", "Deoghar", []), ("हजारीबाग", "Hazaribagh", []), ("गोरखपुर", "Gorakhpur", []), ("बरेली", "Bareilly", []),
        ("अलीगढ़", "Aligarh", []), ("मथुरा", "Mathura", []), ("अयोध्या", "Ayodhya", []), ("झांसी", "Jhansi", []),
        ("मुरादाबाद", "Moradabad", []), ("सहारनपुर", "Saharanpur", []), ("बांदा", "Banda", []), ("हाथरस", "Hathras", []),
        ("मैनपुरी", "Mainpuri", []), ("फिरोजाबाद", "Firozabad", []), ("इटावा", "Etawah", []), ("बलिया", "Ballia", []),
        ("महराजगंज", "Maharajganj", []), ("मीरजापुर", "Mirzapur", ["मिर्जापुर"]), ("हरिद्वार", "Haridwar", []),
        ("ऋषिकेश", "Rishikesh", []), ("नैनीताल", "Nainital", []), ("कोच्चि", "Kochi", []),
        ("तिरुवनंतपुरम", "Thiruvananthapuram", []), ("विशाखापत्तनम", "Visakhapatnam", []), ("विजयवाड़ा", "Vijayawada", []),
        ("मदुरै", "Madurai", []), ("कोयंबटूर", "Coimbatore", []), ("मैसूर", "Mysuru", ["Mysore"]), ("मंगलुरु", "Mangaluru", []),
        ("पणजी", "Panaji", []), ("शिलांग", "Shillong", []), ("इंफाल", "Imphal", []), ("अगरतला", "Agartala", []),
        ("वॉशिंगटन", "Washington", ["वाशिंगटन"]), ("न्यूयॉर्क", "New York", []), ("लंदन", "London", []),
        ("पेरिस", "Paris", []), ("बर्लिन", "Berlin", []), ("मास्को", "Moscow", []),
        ("बीजिंग", "Beijing", ["पेइचिंग"]), ("शंघाई", "Shanghai", []), ("वुहान", "Wuhan", []), ("टोक्यो", "Tokyo", []),
        ("सियोल", "Seoul", []), ("प्योंगयांग", "Pyongyang", []), ("व्लादिवोस्तोक", "Vladivostok", []),
        ("इस्लामाबाद", "Islamabad", []), ("कराची", "Karachi", []), ("लाहौर", "Lahore", []), ("काबुल", "Kabul", []),
        ("ढाका", "Dhaka", []), ("काठमांडू", "Kathmandu", []), ("कोलंबो", "Colombo", []), ("दुबई", "Dubai", []),
        ("तेहरान", "Tehran", []), ("रियाद", "Riyadh", []), ("यरुशलम", "Jerusalem", []), ("कीव", "Kyiv", ["Kiev"]),
        ("जिनेवा", "Geneva", []), ("सिडनी", "Sydney", []), ("मेलबर्न", "Melbourne", []), ("सिंगापुर", "Singapore", []),
        ("बैंकॉक", "Bangkok", []), ("लॉस एंजिल्स", "Los Angeles", []), ("सैन फ्रांसिस्को", "San Francisco", []),
        ("मक्का", "Mecca", ["Makkah"]),
    ]
}
