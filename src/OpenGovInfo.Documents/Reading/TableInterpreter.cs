using System.Text;
using OpenGovInfo.Domain.AnnualReports;
using OpenGovInfo.Domain.AnnualReports.Rules;

namespace OpenGovInfo.Documents.Reading;

/// <summary>
/// The shape-independent core: from a token stream (any reader) to an <see cref="AnnualReport"/> with the reader's
/// READ findings and every consistency finding. Labels are matched only against the Domain format definitions.
/// </summary>
internal static class TableInterpreter
{
    /// <summary>The report, or null when the tokens show no annual report at all.</summary>
    public static AnnualReport? Interpret(IReadOnlyList<ReadToken> tokens, string headerText, string source)
    {
        var context = TokenContext.Build(tokens);
        var (agency, year) = ReportHeader.Find(headerText);
        var format = FormatDetector.Detect(context.DocumentKey, year);
        var sectionCount = context.Sections.Where(s => s > 0).Distinct().Count();
        if (format is null && sectionCount == 0)
        {
            return null;
        }

        var report = new AnnualReport((format ?? (year is <= 2020 ? NationalFormats.Trial2019 : NationalFormats.Format2021)).Id)
        {
            Agency = agency,
            Year = year,
            Source = source,
        };
        if (format is null)
        {
            report.Findings.Add(ReadFindings.Unread("format", "未找到可判断表格格式（2021 或 2019）的标签，按年度推定", null));
        }

        ProactiveInterpreter.Read(context, report);
        ReadDeadline.Check(CancellationToken.None);
        ApplicationsInterpreter.Read(context, report);
        ReadDeadline.Check(CancellationToken.None);
        ReviewInterpreter.Read(context, report);
        if (report.Proactive is null && report.Applications is null && report.ReviewLitigation is null && sectionCount < 2)
        {
            // One heading-like phrase and no table: a document that mentions reports, not a report.
            return null;
        }

        ReadNarrative(context, report);
        report.Findings.AddRange(ConsistencyChecker.Check(report));
        return report;
    }

    private static void ReadNarrative(TokenContext context, AnnualReport report)
    {
        var sections = TableLayouts.Sections;
        for (var s = 0; s < sections.Count; s++)
        {
            if (sections[s].NarrativeKey is not { } key)
            {
                continue;
            }

            var text = new StringBuilder();
            for (var i = 0; i < context.Tokens.Count; i++)
            {
                if (context.Sections[i] == s + 1)
                {
                    text.Append(context.Tokens[i].Text);
                }
            }

            if (text.Length > 0)
            {
                report.Sections[key] = text.ToString().Trim();
            }
        }
    }
}
