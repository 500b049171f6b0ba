using System.Buffers;

namespace OpenGovInfo.Domain.AnnualReports.Audit;

/// <summary>
/// The words every report prints because the law and the national format make it print them: the table labels of
/// both formats (from <see cref="NationalFormats"/>, never re-typed), the section headings, and the stock sentences
/// that cite the 条例 and the format. Near-duplicate detection removes them first, so two agencies that share only
/// the statutory wording are not copies of each other (audit-criteria.md D5).
/// </summary>
public static class StatutoryWording
{
    private static readonly string[] Sentences =
    [
        "中华人民共和国政府信息公开条例", "政府信息公开条例", "政府信息公开工作年度报告", "本报告根据", "要求编制",
        "国务院办公厅政府信息与政务公开办公室", "国办公开办函", "关于印发中华人民共和国政府信息公开工作年度报告格式的通知",
        "中华人民共和国政府信息公开工作年度报告格式", "本报告中所列数据的统计期限自", "本报告所列数据的统计期限自",
        "统计期限", "年月日起至年月日止", "本报告电子版可在", "如对本报告有任何疑问", "请与", "联系", "本年度", "单位万元",
        "本列数据的勾稽关系为第一项加第二项之和等于第三项加第四项之和", "政府信息公开", "信息公开", "年度报告",
    ];

    private static readonly Lazy<(SearchValues<string> Search, string[] Longest)> Phrases = new(Build);

    /// <summary>Text with every statutory phrase removed (input and phrases already <see cref="NarrativeShingles.Strip"/>ped).</summary>
    public static string Remove(string stripped)
    {
        var (search, longest) = Phrases.Value;
        var span = stripped.AsSpan();
        var result = new System.Text.StringBuilder(stripped.Length);
        while (span.Length > 0)
        {
            var at = span.IndexOfAny(search);
            if (at < 0)
            {
                result.Append(span);
                break;
            }

            result.Append(span[..at]);
            var rest = span[at..];
            span = rest[LongestAt(rest, longest)..];
        }

        return result.ToString();
    }

    private static int LongestAt(ReadOnlySpan<char> text, string[] longest)
    {
        foreach (var phrase in longest)
        {
            if (text.StartsWith(phrase, StringComparison.Ordinal))
            {
                return phrase.Length;
            }
        }

        return 1;
    }

    /// <summary>Every phrase, stripped like the texts they are removed from.</summary>
    public static IEnumerable<string> All()
    {
        var labels = new List<string>(Sentences);
        foreach (var format in new[] { NationalFormats.Format2021, NationalFormats.Trial2019 })
        {
            labels.AddRange(format.ApplicationRows.Select(r => r.Label));
            labels.AddRange(format.ApplicationRows.Select(r => r.Category?.Label).OfType<string>());
            labels.AddRange(format.ProactiveBlocks.SelectMany(b => b.Measures.Select(m => m.Label).Concat(b.Items.Select(i => i.Label)).Append(b.Title)));
        }

        labels.AddRange(TableLayouts.Columns.Select(c => c.Label));
        labels.AddRange(TableLayouts.ReviewGroups.Select(g => g.Label));
        labels.AddRange(TableLayouts.ReviewMeasures.Select(m => m.Label));
        labels.AddRange(TableLayouts.Sections.SelectMany(s => s.Variants.Append(s.Heading)));
        labels.AddRange([TableLayouts.ReconciliationNote, TableLayouts.ApplicantHeader, TableLayouts.OrganisationHeader,
            TableLayouts.ResultsHeader, TableLayouts.LitigationHeader, ProactiveBlock.ItemHeader]);
        return labels.Select(NarrativeShingles.Strip).Where(p => p.Length >= 2).Distinct(StringComparer.Ordinal);
    }

    private static (SearchValues<string>, string[]) Build()
    {
        var all = All().ToArray();
        return (SearchValues.Create(all, StringComparison.Ordinal), [.. all.OrderByDescending(p => p.Length)]);
    }
}
