using System.Globalization;
using OpenGovInfo.Domain.AnnualReports.Rules;

namespace OpenGovInfo.Domain.AnnualReports.Audit;

/// <summary>
/// B7: no blank, "/", "—" or "无" cells (zero is written 0) — a cell the reader could not read is not blank and has
/// its READ finding instead (H1); C7: the 行政事业性收费 amount is in 万元; C8: documents repealed this year cannot
/// exceed last year's stock plus this year's new ones.
/// </summary>
public sealed class CellChecks : IAuditCheck
{
    /// <summary>A fee of 10,000 万元 (100 million yuan) or more is far more likely a figure in 元.</summary>
    public const decimal FeeUnitSuspect = 10_000m;

    private const int ListedCells = 8;

    /// <inheritdoc />
    public void Check(PublishedReport report, AuditContext context, ICollection<AuditFinding> findings)
    {
        Blanks(report, findings);
        FeeUnit(report, findings);
        Repealed(report, context, findings);
    }

    private static void Blanks(PublishedReport report, ICollection<AuditFinding> findings)
    {
        var unread = report.Report.Findings.Where(f => f.Rule == RuleIds.Read).Select(f => f.Where).ToList();
        var blanks = TableDifferences.Cells(report.Report)
            .Where(c => c.Value is null && TableRead(report.Report, c.Path) && !unread.Any(u => Covers(u, c.Path)))
            .Select(c => c.Path)
            .ToList();
        var printed = Placeholders(report, unread).ToList();
        blanks.AddRange(printed.Select(p => p.Path));
        foreach (var table in blanks.GroupBy(p => p[..p.IndexOf('.', StringComparison.Ordinal)]))
        {
            var cells = table.ToList();
            findings.Add(new AuditFinding("B7", AuditSeverity.Warning, "blank:" + table.Key,
                $"{TableName(table.Key)}有{cells.Count}个单元格为空白或以“/”“—”“无”填写（应填0），如{string.Join("、", cells.Take(3))}",
                [.. cells.Take(ListedCells).Select(c => printed.Where(p => p.Path == c).Select(p => p.Evidence).FirstOrDefault() ?? new Evidence(c, "空"))]));
        }
    }

    /// <summary>Rows the reader could not read whose printed line shows a placeholder ("/", "—", "无") where a number
    /// belongs: blank cells (B7) rather than unreadable ones.</summary>
    private static IEnumerable<(string Path, Evidence Evidence)> Placeholders(PublishedReport report, List<string> unread)
    {
        var format = report.Report.Definition;
        var labels = format.ApplicationRows.Select(r => ("applications." + r.Code, r.Label))
            .Concat(format.ProactiveItems.Select(i => ("proactive." + i.Code, i.Label)));
        foreach (var (path, label) in labels.Where(l => unread.Contains(l.Item1)))
        {
            var line = report.Text.Find(label);
            var tokens = line?.Text.Split([' ', '\t', '\u3000'], StringSplitOptions.RemoveEmptyEntries) ?? [];
            if (line is not null && tokens.Skip(1).Any(t => PlaceholderTokens.Contains(t)))
            {
                yield return (path, new Evidence(path, "空", line.Page, line.Number, ReportText.Excerpt(line.Text.Trim())));
            }
        }
    }

    private static readonly HashSet<string> PlaceholderTokens = new(StringComparer.Ordinal) { "/", "／", "—", "——", "-", "－", "–", "无", "空", "\\" };

    private static void FeeUnit(PublishedReport report, ICollection<AuditFinding> findings)
    {
        if (report.Report.Format != ReportFormat.Format2021
            || report.Report.Proactive?[ReportCodes.Items.AdministrativeFees, ReportCodes.Measures.Amount10kCny] is not { } fee || fee < FeeUnitSuspect)
        {
            return;
        }

        findings.Add(new AuditFinding("C7", AuditSeverity.Warning, "proactive.administrative_fees.amount_10k_cny",
            $"行政事业性收费金额为{fee.ToString(CultureInfo.InvariantCulture)}万元（即{(fee / 10_000m).ToString("0.##", CultureInfo.InvariantCulture)}亿元），疑似按“元”填写（表头单位为万元）",
            [Evidence.OfCell("proactive.administrative_fees.amount_10k_cny", fee)]));
    }

    private static void Repealed(PublishedReport report, AuditContext context, ICollection<AuditFinding> findings)
    {
        if (report.Report.Format != ReportFormat.Format2021 || context.Previous?.Report is not { Format: ReportFormat.Format2021 } previous
            || previous.Year is { } py && report.Year is { } y && py != y - 1)
        {
            return;
        }

        foreach (var item in new[] { ReportCodes.Items.Regulations, ReportCodes.Items.NormativeDocuments })
        {
            var repealed = report.Report.Proactive?[item, ReportCodes.Measures.RepealedThisYear];
            var issued = report.Report.Proactive?[item, ReportCodes.Measures.IssuedThisYear];
            var stock = previous.Proactive?[item, ReportCodes.Measures.InForce];
            if (repealed is { } r && issued is { } i && stock is { } s && r > s + i)
            {
                findings.Add(new AuditFinding("C8", AuditSeverity.Warning, $"proactive.{item}.repealed_this_year",
                    $"本年废止{r}件，多于上年现行有效{s}件与本年制发{i}件之和",
                    [Evidence.OfCell($"proactive.{item}.repealed_this_year", r), Evidence.OfCell($"proactive.{item}.issued_this_year", i),
                     new Evidence($"previous.proactive.{item}.in_force", s.ToString(CultureInfo.InvariantCulture))]));
            }
        }
    }

    private static bool TableRead(AnnualReport report, string path) => path[..path.IndexOf('.', StringComparison.Ordinal)] switch
    {
        "proactive" => report.Proactive is { } p && report.Definition.ProactiveItems.Any(i => p.Values(i.Code) is { } v && v.Any(x => x is not null)),
        "applications" => report.Applications is { } a && report.Definition.ApplicationRows.Any(r => a.Row(r.Code) is { } v && v.Any(x => x is not null)),
        _ => report.ReviewLitigation is { } t && t.Flattened().Any(x => x is not null),
    };

    /// <summary>A READ finding's where (a table, a row or a cell) covers the cell at <paramref name="path"/>.</summary>
    private static bool Covers(string where, string path) =>
        path.StartsWith(where, StringComparison.Ordinal) || where.StartsWith(path, StringComparison.Ordinal)
        || where == "format";

    private static string TableName(string table) => table switch
    {
        "proactive" => "表二",
        "applications" => "表三",
        _ => "表四",
    };
}
