import Foundation
import KhabarCore
import KhabarPipeline
import KhabarText
import Testing

/// Entities, quotes and dates of the five shared sample articles, through the pipeline as `khabar analyze`
/// runs it (the texts are read at test time, never copied here).
@Suite("Entities, quotes and dates in the shared samples", .enabled(if: Support.samplesPresent))
struct SampleEntityTests {
    /// The report of the five samples, in file order.
    func report() async throws -> AnalysisReport {
        try await Support.analyze(try Support.samples())
    }

    func entity(_ report: AnalysisReport, _ name: String) -> AnalysisReport.EntityEntry? {
        report.entity(named: name)
    }

    @Test("Putin and Kim Jong Un are one entity each across all five, in every spelling and script")
    func people() async throws {
        let report = try await report()
        let ids = report.documents.map(\.id)
        let putin = try #require(entity(report, "व्लादिमीर पुतिन"))
        #expect(putin.entity.type == .person && putin.entity.latin == "Vladimir Putin")
        #expect(Set(putin.mentions.map(\.document)) == Set(ids))
        #expect(Set(putin.mentions.map(\.text)).isSuperset(of: ["पुतिन", "व्लादिमीर पुतिन"]))
        let kim = try #require(entity(report, "किम जोंग उन"))
        #expect(Set(kim.mentions.map(\.document)) == Set(ids))
        #expect(kim.mentions.contains { $0.text == "किम" })
        #expect(kim.mentions.contains { $0.text == "Kim Jong Un" })
        // Not the sister, not the square.
        let sister = try #require(entity(report, "किम यो जोंग"))
        #expect(sister.entity.id != kim.entity.id && sister.entity.type == .person)
        let square = try #require(entity(report, "किम इल सुंग स्क्वायर"))
        #expect(square.entity.type == .place)
        #expect(!report.entities.contains { $0.mentions.contains { $0.text.contains("किमी") } })
    }

    @Test("places and organisations: मास्को/मॉस्को one, रूस/Russia one, RIA/आरआईए one")
    func placesAndOrganisations() async throws {
        let report = try await report()
        let moscow = try #require(report.entities.first { $0.mentions.contains { $0.text == "मॉस्को" } })
        #expect(moscow.mentions.contains { $0.text == "मास्को" } && moscow.entity.type == .place)
        let russia = try #require(entity(report, "रूस"))
        #expect(russia.mentions.contains { $0.text == "Russia" })
        let ria = try #require(report.entities.first { $0.mentions.contains { $0.text == "आरआईए" } })
        #expect(ria.entity.type == .organization && ria.mentions.contains { $0.text == "RIA" })
        #expect(entity(report, "क्रेमलिन")?.entity.type == .organization)
    }

    @Test("officials named after their titles in a list are persons; a palace and a cosmodrome are places")
    func titlesAndLandmarks() async throws {
        let report = try await report()
        for name in ["चोई सोन हुई", "जो योंग वोन"] {
            #expect(entity(report, name)?.entity.type == .person, "\(name)")
        }
        for name in ["कुमसुसान पैलेस", "वोस्तोचन कॉस्मोड्रोम"] {
            #expect(entity(report, name)?.entity.type == .place, "\(name)")
        }
    }

    @Test("quotes name canonical speakers, उन्होंने included; a named spokesman keeps his own entity")
    func quotes() async throws {
        let report = try await report()
        let kim = try #require(entity(report, "किम जोंग उन"))
        let putin = try #require(entity(report, "व्लादिमीर पुतिन"))
        // A direct quote whose speaker is the pronoun उन्होंने standing for Kim.
        #expect(
            report.quotes.contains { $0.speaker == kim.entity.id && $0.pronoun == "उन्होंने" && $0.kind == .direct })
        #expect(report.quotes.filter { $0.speaker == putin.entity.id }.count >= 4)
        #expect(report.quotes.filter { $0.speaker == kim.entity.id }.count >= 8)
        let miller = try #require(report.quotes.first { $0.speakerText.hasSuffix("मैथ्यू मिलन") })
        #expect(miller.speaker != nil && miller.speaker != putin.entity.id && miller.kind == .direct)
    }

    @Test("dates resolve against 003's publication date and stay unresolved where there is none")
    func dates() async throws {
        let report = try await report()
        let dated = report.documents[3].id
        let values = Dictionary(
            report.dates.filter { $0.document == dated }.map { ($0.text, $0.value) }, uniquingKeysWith: { a, _ in a })
        #expect(values["मंगलवार"] == "2023-09-12")
        #expect(values["नवंबर"] == "2023-11")
        let undated = report.dates.filter { $0.document == report.documents[0].id }
        #expect(undated.contains { $0.text == "बुधवार" && $0.value == nil && $0.relative })
        #expect(report.dates.contains { $0.text == "24 वर्षों" && $0.value == "P24Y" })
    }
}
