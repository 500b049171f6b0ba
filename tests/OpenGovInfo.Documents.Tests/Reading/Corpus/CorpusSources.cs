using System.Text;
using OpenGovInfo.Documents.Json;
using OpenGovInfo.Documents.Tests.Reading.Web;
using OpenGovInfo.Documents.Writing;
using OpenGovInfo.Domain.AnnualReports;
using OpenGovInfo.Testing;

namespace OpenGovInfo.Documents.Tests.Reading.Corpus;

/// <summary>
/// The reader corpus (tests/fixtures/reader-corpus): what the tests write themselves — legacy HTML, Word documents
/// for LibreOffice, the project's own PDFs — with a truth file each. The PDFs LibreOffice exports and the
/// pdftotext -layout texts are made from these by <c>make-derived.sh</c> and committed beside them.
/// </summary>
internal static class CorpusSources
{
    public static string Root => SharedPaths.InRepository("tests", "fixtures", "reader-corpus");

    /// <summary>Every written file (relative path → content).</summary>
    public static IEnumerable<(string Path, byte[] Content)> Files()
    {
        foreach (var (name, report, quirks) in LegacyPages())
        {
            yield return ($"legacy-html/{name}.html", Encoding.UTF8.GetBytes(LegacyHtml.Write(report, quirks)));
            yield return ($"legacy-html/{name}.truth.json", Truth(report));
        }

        foreach (var (name, report, quirks) in TrialPages())
        {
            yield return ($"trial-2019/{name}.html", Encoding.UTF8.GetBytes(LegacyHtml.Write(report, quirks)));
            yield return ($"trial-2019/{name}.truth.json", Truth(CorpusReports.WithBlankOutcomeTotals(report)));
        }

        foreach (var (name, report, blank, narrative) in PagedDocuments())
        {
            yield return ($"page-breaks/{name}.docx", PagedDocx.Write(report, blank, narrative));
            yield return ($"page-breaks/{name}.truth.json", Truth(blank ? CorpusReports.WithBlankOutcomeTotals(report) : report));
        }

        foreach (var truthName in RenderedFixtures())
        {
            var report = CorpusReports.FixtureWithNarrative(truthName);
            var stem = Path.GetFileNameWithoutExtension(truthName);
            using var pdf = new MemoryStream();
            new PdfReportRenderer().Render(report, pdf);
            yield return ($"rendered/{stem}.pdf", pdf.ToArray());
            yield return ($"rendered/{stem}.truth.json", Truth(report));
        }
    }

    private static IEnumerable<(string, AnnualReport, HtmlQuirks)> LegacyPages()
    {
        yield return ("01_frame_uppercase_font", CorpusReports.Fixture("001_huaian_2024_layout.json"),
            HtmlQuirks.Nested | HtmlQuirks.UpperCase | HtmlQuirks.FontWrappers | HtmlQuirks.Spaces);
        yield return ("02_placeholders_flat_header", CorpusReports.Fixture("013_pingtan_zrz_2021.json"),
            HtmlQuirks.PlaceholderCells | HtmlQuirks.FlatHeader | HtmlQuirks.AsciiParentheses | HtmlQuirks.BreaksInLabels);
        yield return ("03_missing_applicant_row", CorpusReports.Larger(ReportFormat.Format2021, 3, "某市生态环境局", 2023),
            HtmlQuirks.MissingApplicantRow | HtmlQuirks.Nested | HtmlQuirks.Spaces | HtmlQuirks.AsciiParentheses);
        yield return ("04_every_quirk_trial", CorpusReports.Larger(ReportFormat.Trial2019, 4, "某县交通运输局", 2020), HtmlQuirks.AllLayout);
    }

    private static IEnumerable<(string, AnnualReport, HtmlQuirks)> TrialPages()
    {
        yield return ("01_blank_totals", CorpusReports.Larger(ReportFormat.Trial2019, 19, "某县审计局", 2019), HtmlQuirks.BlankOutcomeTotals);
        yield return ("02_blank_totals_frame", CorpusReports.Larger(ReportFormat.Trial2019, 20, "某区人民政府办公室", 2020),
            HtmlQuirks.BlankOutcomeTotals | HtmlQuirks.Nested | HtmlQuirks.UpperCase | HtmlQuirks.FontWrappers);
    }

    /// <summary>Name, report, blank outcome totals, narrative paragraphs (chosen so that the break falls inside Table 3 or 4).</summary>
    private static IEnumerable<(string, AnnualReport, bool, int)> PagedDocuments()
    {
        yield return ("01_running_header_2021", CorpusReports.Larger(ReportFormat.Format2021, 30, "某市市场监督管理局", 2022), false, 4);
        yield return ("02_running_header_trial_blank_totals", CorpusReports.Larger(ReportFormat.Trial2019, 31, "某县自然资源局", 2020), true, 7);
        yield return ("03_running_header_fixture", CorpusReports.Fixture("001_huaian_2024_layout.json"), false, 10);
    }

    /// <summary>Fixture truths with a Table 2 (the renderer prints all three tables), one per distinct report.</summary>
    private static IEnumerable<string> RenderedFixtures() =>
        SharedPaths.TruthFiles()
            .Where(f => CorpusReports.Fixture(Path.GetFileName(f)).Proactive is not null)
            .DistinctBy(f => AnnualReportJsonWriter.Serialize(CorpusReports.Fixture(Path.GetFileName(f))))
            .Select(f => Path.GetFileName(f));

    private static byte[] Truth(AnnualReport report) => Encoding.UTF8.GetBytes(AnnualReportJsonWriter.Serialize(report) + "\n");
}
