using System.Text;
using OpenGovInfo.Domain.AnnualReports;
using OpenGovInfo.Domain.AnnualReports.Audit;
using OpenGovInfo.Domain.AnnualReports.Rules;

namespace OpenGovInfo.Documents.Reading;

/// <summary>
/// The shape-independent core: from a token stream (any reader) to an <see cref="AnnualReport"/> with the reader's
/// READ findings and every consistency finding. Labels are matched only against the Domain format definitions.
/// </summary>
internal static class TableInterpreter
{
    /// <summary>The report, or null when the tokens show no annual report at all. Subtotals a variant layout prints
    /// beyond the canonical table go to <paramref name="subtotals"/>.</summary>
    public static AnnualReport? Interpret(IReadOnlyList<ReadToken> tokens, string headerText, string source, List<PrintedSubtotal> subtotals)
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
        ApplicationsInterpreter.Read(context, report, subtotals);
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

    /// <summary>
    /// The narrative sections' bodies. Cut at each heading inside a token, not token by token: a PDF paragraph can
    /// run from the title into 一、总体情况, or from the end of 五 into 六, and the token-level section (the last
    /// heading in it) would give the whole of it to one section. The headings themselves are not part of a body
    /// (the writers print them from the format), nor is anything before the first heading (the title).
    /// </summary>
    private static void ReadNarrative(TokenContext context, AnnualReport report)
    {
        var sections = TableLayouts.Sections;
        var bodies = new StringBuilder[sections.Count + 1];
        var current = 0;
        foreach (var token in context.Tokens)
        {
            if (token.IsNumber)
            {
                Append(bodies, current, token.Text);
                continue;
            }

            var (key, origins) = LabelKey.Mapped(token.Text);
            var from = 0;
            foreach (var (section, start, end, unmatched) in SectionHeadings.All(key))
            {
                if (origins[start] < from)
                {
                    continue;
                }

                Append(bodies, current, token.Text[from..origins[start]]);
                current = section;
                from = HeadingEnd(token.Text, end < origins.Length ? origins[end] : token.Text.Length, unmatched);
            }

            Append(bodies, current, token.Text[from..]);
        }

        for (var s = 0; s < sections.Count; s++)
        {
            if (sections[s].NarrativeKey is { } narrativeKey && bodies[s + 1]?.ToString().Trim() is { Length: > 0 } text)
            {
                report.Sections[narrativeKey] = text;
            }
        }
    }

    /// <summary>Where a heading whose ending was reworded (存在的主要问题及明年工作计划) ends in the printed text: its
    /// ending runs on in Chinese characters, at most a few more than the standard wording left unseen, and stops at
    /// a space, a digit or punctuation — where the body begins.</summary>
    private static int HeadingEnd(string text, int end, int unmatched)
    {
        var limit = unmatched == 0 ? end : Math.Min(text.Length, end + unmatched + ExtraHeadingCharacters);
        while (end < limit && char.IsLetter(text[end]) && !char.IsAscii(text[end]))
        {
            end++;
        }

        return end;
    }

    private const int ExtraHeadingCharacters = 4;

    private static void Append(StringBuilder[] bodies, int section, string text) =>
        (bodies[section] ??= new StringBuilder()).Append(text);
}
