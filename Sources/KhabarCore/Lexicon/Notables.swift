public import KhabarText

/// People and organisations Hindi news names all the time, with their names in both scripts: the
/// recognizer finds them even where the tagger misses a foreign name (किम जोंग उन), and the directory gets
/// their established English form (Vladimir Putin, not a transliteration).
///
/// Only names that are not also common Hindi words are listed in short form (पुतिन, जिनपिंग; not शाह).
/// Compiled by hand for Khabar.
public struct Notables: Sendable {
    /// A person or organisation and its names.
    public struct Entry: Sendable, Hashable {
        /// The Hindi display name.
        public var hindi: String
        /// The English name.
        public var english: String
        /// Person or organisation.
        public var type: EntityType
    }

    /// The shared list, built once.
    public static let shared = Notables()

    private var byTerms: [[Term]: Int] = [:]
    private var firstWords: TermSet = []
    /// Every entry.
    public private(set) var entries: [Entry] = []
    /// The most words in any name.
    public private(set) var longestName = 1

    /// Whether some name starts with `term`.
    public func startsName(_ term: Term) -> Bool { firstWords.contains(term) }

    /// The entry a name (as the terms of its words) refers to.
    public func lookup(terms: ArraySlice<Term>) -> Entry? { byTerms[Array(terms)].map { entries[$0] } }

    /// The entry a name refers to.
    public func lookup(_ name: String) -> Entry? { lookup(terms: Places.wordTerms(name)[...]) }

    init() {
        for (type, table) in [(EntityType.person, Self.people), (.organization, Self.organizations)] {
            for (hindi, english, aliases) in table {
                let index = entries.count
                entries.append(Entry(hindi: hindi, english: english, type: type))
                for name in [hindi, english] + aliases {
                    let terms = Places.wordTerms(name)
                    guard !terms.isEmpty, byTerms[terms] == nil else { continue }
                    byTerms[terms] = index
                    firstWords.insert(terms[0].hash)
                    longestName = max(longestName, terms.count)
                }
            }
        }
    }

    static let people: [(String, String, [String])] = [
        ("व्लादिमीर पुतिन", "Vladimir Putin", ["पुतिन", "Putin", "व्लादिमिर पुतिन"]),
        ("किम जोंग उन", "Kim Jong Un", ["किम जोंग-उन", "Kim Jong-un", "किम जोंग उन्न"]),
        ("किम यो जोंग", "Kim Yo Jong", ["Kim Yo-jong"]),
        ("किम इल सुंग", "Kim Il Sung", ["Kim Il-sung"]),
        ("किम जोंग इल", "Kim Jong Il", ["Kim Jong-il"]),
        ("शी जिनपिंग", "Xi Jinping", ["जिनपिंग", "शी चिनफिंग", "Xi"]),
        ("डोनाल्ड ट्रंप", "Donald Trump", ["ट्रंप", "ट्रम्प", "डोनाल्ड ट्रम्प", "Trump"]),
        ("जो बाइडन", "Joe Biden", ["बाइडन", "बाइडेन", "जो बाइडेन", "Biden"]),
        ("बराक ओबामा", "Barack Obama", ["ओबामा", "Obama"]),
        ("कमला हैरिस", "Kamala Harris", ["Harris"]),
        ("एंटनी ब्लिंकन", "Antony Blinken", ["ब्लिंकन", "Blinken"]),
        ("वोलोदिमीर जेलेंस्की", "Volodymyr Zelensky", ["जेलेंस्की", "ज़ेलेंस्की", "Zelensky", "Zelenskyy"]),
        ("सर्गेई लावरोव", "Sergei Lavrov", ["लावरोव", "Lavrov"]),
        ("सर्गेई शोइगु", "Sergei Shoigu", ["शोइगु", "Shoigu"]),
        ("दिमित्री पेसकोव", "Dmitry Peskov", ["पेसकोव", "Peskov"]),
        ("दिमित्री मेदवेदेव", "Dmitry Medvedev", ["मेदवेदेव", "Medvedev"]),
        ("नरेंद्र मोदी", "Narendra Modi", ["मोदी", "Modi", "नरेन्द्र मोदी"]),
        ("हर्षवर्धन", "Harsh Vardhan", ["हर्ष वर्धन", "हर्षवर्द्धन", "Harsh Vardhan"]),
        ("लव अग्रवाल", "Lav Agarwal", []),
        ("बलराम भार्गव", "Balram Bhargava", []),
        ("अमित शाह", "Amit Shah", []),
        ("राजनाथ सिंह", "Rajnath Singh", []),
        ("एस जयशंकर", "S. Jaishankar", ["जयशंकर", "एस. जयशंकर", "Jaishankar"]),
        ("निर्मला सीतारमण", "Nirmala Sitharaman", ["सीतारमण", "Sitharaman"]),
        ("राहुल गांधी", "Rahul Gandhi", []),
        ("सोनिया गांधी", "Sonia Gandhi", []),
        ("प्रियंका गांधी", "Priyanka Gandhi", ["प्रियंका गांधी वाड्रा"]),
        ("मल्लिकार्जुन खड़गे", "Mallikarjun Kharge", ["खड़गे", "खरगे", "Kharge"]),
        ("अरविंद केजरीवाल", "Arvind Kejriwal", ["केजरीवाल", "Kejriwal"]),
        ("ममता बनर्जी", "Mamata Banerjee", []),
        ("नीतीश कुमार", "Nitish Kumar", []),
        ("योगी आदित्यनाथ", "Yogi Adityanath", ["आदित्यनाथ", "Adityanath"]),
        ("अखिलेश यादव", "Akhilesh Yadav", []),
        ("लालू प्रसाद यादव", "Lalu Prasad Yadav", ["लालू प्रसाद", "लालू यादव"]),
        ("तेजस्वी यादव", "Tejashwi Yadav", []),
        ("उद्धव ठाकरे", "Uddhav Thackeray", []),
        ("शरद पवार", "Sharad Pawar", []),
        ("एकनाथ शिंदे", "Eknath Shinde", []),
        ("देवेंद्र फडणवीस", "Devendra Fadnavis", ["फडणवीस", "Fadnavis"]),
        ("शिवराज सिंह चौहान", "Shivraj Singh Chouhan", []),
        ("अशोक गहलोत", "Ashok Gehlot", ["गहलोत", "Gehlot"]),
        ("द्रौपदी मुर्मू", "Droupadi Murmu", ["मुर्मू", "Murmu"]),
        ("रामनाथ कोविंद", "Ram Nath Kovind", ["कोविंद", "Kovind"]),
        ("जगदीप धनखड़", "Jagdeep Dhankhar", ["धनखड़", "Dhankhar"]),
        ("मनमोहन सिंह", "Manmohan Singh", []),
        ("अटल बिहारी वाजपेयी", "Atal Bihari Vajpayee", ["वाजपेयी", "Vajpayee"]),
        ("इंदिरा गांधी", "Indira Gandhi", ["इन्दिरा गांधी"]),
        ("जवाहरलाल नेहरू", "Jawaharlal Nehru", ["नेहरू", "Nehru", "जवाहर लाल नेहरू"]),
        ("महात्मा गांधी", "Mahatma Gandhi", ["गांधीजी", "मोहनदास करमचंद गांधी"]),
        ("भीमराव आंबेडकर", "B. R. Ambedkar", ["आंबेडकर", "अंबेडकर", "Ambedkar", "बाबासाहेब आंबेडकर"]),
        ("शहबाज शरीफ", "Shehbaz Sharif", []),
        ("नवाज शरीफ", "Nawaz Sharif", []),
        ("इमरान खान", "Imran Khan", []),
        ("शेख हसीना", "Sheikh Hasina", []),
        ("बेंजामिन नेतन्याहू", "Benjamin Netanyahu", ["नेतन्याहू", "Netanyahu"]),
        ("रेसेप तैयप एर्दोगन", "Recep Tayyip Erdogan", ["एर्दोगन", "अर्दोआन", "Erdogan"]),
        ("इमैनुएल मैक्रों", "Emmanuel Macron", ["मैक्रों", "Macron"]),
        ("ओलाफ शोल्ज", "Olaf Scholz", ["शोल्ज", "Scholz"]),
        ("ऋषि सुनक", "Rishi Sunak", ["सुनक", "Sunak"]),
        ("कीर स्टार्मर", "Keir Starmer", ["स्टार्मर", "Starmer"]),
        ("बोरिस जॉनसन", "Boris Johnson", []),
        ("जस्टिन ट्रूडो", "Justin Trudeau", ["ट्रूडो", "Trudeau"]),
        ("फुमियो किशिदा", "Fumio Kishida", ["किशिदा", "Kishida"]),
        ("यून सुक योल", "Yoon Suk Yeol", ["Yoon Suk-yeol"]),
        ("एंटोनियो गुटेरेस", "António Guterres", ["गुटेरेस", "Guterres"]),
        ("अली खामेनेई", "Ali Khamenei", ["खामेनेई", "Khamenei"]),
        ("एलन मस्क", "Elon Musk", ["मस्क", "Musk"]),
        ("मुकेश अंबानी", "Mukesh Ambani", []),
        ("गौतम अडानी", "Gautam Adani", ["अडानी", "Adani"]),
        ("विराट कोहली", "Virat Kohli", ["कोहली", "Kohli"]),
        ("रोहित शर्मा", "Rohit Sharma", []),
        ("महेंद्र सिंह धोनी", "Mahendra Singh Dhoni", ["धोनी", "Dhoni", "एमएस धोनी"]),
        ("सचिन तेंदुलकर", "Sachin Tendulkar", ["तेंदुलकर", "Tendulkar"]),
    ]

    static let organizations: [(String, String, [String])] = [
        ("संयुक्त राष्ट्र", "United Nations", ["यूएन", "UN", "संयुक्त राष्ट्र संघ"]),
        ("संयुक्त राष्ट्र सुरक्षा परिषद", "UN Security Council", ["UNSC", "यूएनएससी"]),
        ("नाटो", "NATO", ["उत्तर अटलांटिक संधि संगठन"]),
        ("यूरोपीय संघ", "European Union", ["ईयू", "EU"]),
        ("विश्व स्वास्थ्य संगठन", "World Health Organization", ["डब्ल्यूएचओ", "WHO"]),
        ("अंतरराष्ट्रीय मुद्रा कोष", "International Monetary Fund", ["आईएमएफ", "IMF"]),
        ("विश्व बैंक", "World Bank", []),
        ("ब्रिक्स", "BRICS", []),
        ("क्रेमलिन", "Kremlin", []),
        ("पेंटागन", "Pentagon", []),
        ("व्हाइट हाउस", "White House", ["ह्वाइट हाउस"]),
        ("रॉयटर्स", "Reuters", ["रायटर्स", "रॉयटर"]),
        ("आरआईए नोवोस्ती", "RIA Novosti", ["आरआईए", "RIA"]),
        ("तास", "TASS", []),
        ("कोरियन सेंट्रल न्यूज एजेंसी", "Korean Central News Agency", ["केसीएनए", "KCNA"]),
        ("योनहाप", "Yonhap", []),
        ("शिन्हुआ", "Xinhua", []),
        ("एसोसिएटेड प्रेस", "Associated Press", ["एपी", "AP"]),
        ("एएफपी", "AFP", ["Agence France-Presse"]),
        ("बीबीसी", "BBC", []),
        ("पीटीआई", "PTI", ["प्रेस ट्रस्ट ऑफ इंडिया", "Press Trust of India"]),
        ("एएनआई", "ANI", []),
        ("आईएएनएस", "IANS", []),
        ("भारतीय जनता पार्टी", "Bharatiya Janata Party", ["भाजपा", "बीजेपी", "BJP"]),
        ("कांग्रेस", "Indian National Congress", ["भारतीय राष्ट्रीय कांग्रेस", "Congress"]),
        ("आम आदमी पार्टी", "Aam Aadmi Party", ["AAP"]),
        ("समाजवादी पार्टी", "Samajwadi Party", ["सपा"]),
        ("बहुजन समाज पार्टी", "Bahujan Samaj Party", ["बसपा", "BSP"]),
        ("राष्ट्रीय जनता दल", "Rashtriya Janata Dal", ["राजद", "RJD"]),
        ("जनता दल यूनाइटेड", "Janata Dal (United)", ["जदयू", "JDU"]),
        ("तृणमूल कांग्रेस", "Trinamool Congress", ["टीएमसी", "TMC"]),
        ("राष्ट्रीय स्वयंसेवक संघ", "Rashtriya Swayamsevak Sangh", ["आरएसएस", "RSS"]),
        ("केंद्रीय जांच ब्यूरो", "Central Bureau of Investigation", ["सीबीआई", "CBI"]),
        ("प्रवर्तन निदेशालय", "Enforcement Directorate", ["ईडी"]),
        ("राष्ट्रीय जांच एजेंसी", "National Investigation Agency", ["एनआईए", "NIA"]),
        ("भारतीय रिजर्व बैंक", "Reserve Bank of India", ["आरबीआई", "RBI", "रिजर्व बैंक", "रिजर्व बैंक ऑफ इंडिया"]),
        ("केंद्र सरकार", "Government of India", ["भारत सरकार", "केंद्रीय सरकार"]),
        (
            "स्वास्थ्य मंत्रालय", "Ministry of Health and Family Welfare",
            [
                "केंद्रीय स्वास्थ्य मंत्रालय", "स्वास्थ्य एवं परिवार कल्याण मंत्रालय", "स्वास्थ्य और परिवार कल्याण मंत्रालय",
                "केंद्रीय स्वास्थ्य एवं परिवार कल्याण मंत्रालय", "केंद्रीय स्वास्थ्य और परिवार कल्याण मंत्रालय", "MoHFW",
            ]
        ),
        ("गृह मंत्रालय", "Ministry of Home Affairs", ["केंद्रीय गृह मंत्रालय", "MHA"]),
        ("विदेश मंत्रालय", "Ministry of External Affairs", ["MEA"]),
        ("रक्षा मंत्रालय", "Ministry of Defence", []),
        ("वित्त मंत्रालय", "Ministry of Finance", ["केंद्रीय वित्त मंत्रालय"]),
        ("रेल मंत्रालय", "Ministry of Railways", []),
        ("शिक्षा मंत्रालय", "Ministry of Education", ["मानव संसाधन विकास मंत्रालय"]),
        ("भारतीय रेलवे", "Indian Railways", ["रेलवे", "भारतीय रेल"]),
        (
            "भारतीय आयुर्विज्ञान अनुसंधान परिषद", "Indian Council of Medical Research",
            [
                "आईसीएमआर", "आइसीएमआर", "ICMR", "भारतीय चिकित्सा अनुसंधान परिषद", "इंडियन काउंसिल ऑफ मेडिकल रिसर्च",
            ]
        ),
        ("अखिल भारतीय आयुर्विज्ञान संस्थान", "AIIMS", ["All India Institute of Medical Sciences"]),
        ("राष्ट्रीय आपदा मोचन बल", "National Disaster Response Force", ["एनडीआरएफ", "NDRF"]),
        ("केंद्रीय रिजर्व पुलिस बल", "Central Reserve Police Force", ["सीआरपीएफ", "CRPF"]),
        ("सीमा सुरक्षा बल", "Border Security Force", ["बीएसएफ", "BSF"]),
        ("रक्षा अनुसंधान एवं विकास संगठन", "DRDO", ["डीआरडीओ", "रक्षा अनुसंधान और विकास संगठन"]),
        ("भारतीय सेना", "Indian Army", []),
        ("भारतीय वायुसेना", "Indian Air Force", ["भारतीय वायु सेना"]),
        ("भारतीय नौसेना", "Indian Navy", []),
        ("दिल्ली पुलिस", "Delhi Police", []),
        ("तबलीगी जमात", "Tablighi Jamaat", ["तब्लीगी जमात", "तबलीग़ी जमात", "तब्लीग़ी जमात"]),
        ("किंग जॉर्ज मेडिकल यूनिवर्सिटी", "King George's Medical University", ["केजीएमयू", "KGMU", "किंग जार्ज मेडिकल यूनिवर्सिटी"]),
        ("राष्ट्रवादी कांग्रेस पार्टी", "Nationalist Congress Party", ["एनसीपी", "NCP", "राकांपा"]),
        ("शिवसेना", "Shiv Sena", []),
        ("एयर इंडिया", "Air India", []),
        ("गूगल", "Google", []),
        ("फेसबुक", "Facebook", []),
        ("ट्विटर", "Twitter", []),
        ("व्हाट्सएप", "WhatsApp", ["वॉट्सऐप", "वाट्सएप", "व्हाट्सऐप"]),
        ("नवभारत टाइम्स", "Navbharat Times", ["नवभारतटाइम्स", "एनबीटी", "NBT"]),
        ("दैनिक जागरण", "Dainik Jagran", []),
        ("अमर उजाला", "Amar Ujala", []),
        ("प्रभात खबर", "Prabhat Khabar", []),
        ("भारतीय अंतरिक्ष अनुसंधान संगठन", "Indian Space Research Organisation", ["इसरो", "ISRO"]),
        ("सुप्रीम कोर्ट", "Supreme Court", ["सर्वोच्च न्यायालय", "उच्चतम न्यायालय"]),
        ("चुनाव आयोग", "Election Commission", ["निर्वाचन आयोग"]),
        ("नीति आयोग", "NITI Aayog", []),
        ("हमास", "Hamas", []),
        ("हिजबुल्लाह", "Hezbollah", []),
        ("तालिबान", "Taliban", ["तालेबान"]),
    ]
}
