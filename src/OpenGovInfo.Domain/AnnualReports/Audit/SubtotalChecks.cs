using System.Globalization;

namespace OpenGovInfo.Domain.AnnualReports.Audit;

/// <summary>
/// C4: subtotals that variant layouts print must equal their parts — the 法人或其他组织 小计 column the sum of the
/// five organisation columns, a （三）…（六） category row the sum of its items in every column. Only printed
/// subtotals are checked (the canonical table has none); a blank subtotal or an unknown part leaves the check
/// undecided (UNCERTAIN), never passed as zero.
/// </summary>
public sealed class SubtotalChecks : IAuditCheck
{
    /// <inheritdoc />
    public void Check(PublishedReport report, AuditContext context, ICollection<AuditFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(findings);
        if (report.Subtotals.Count == 0)
        {
            return;
        }

        var format = report.Report.Definition;
        var columns = TableLayouts.Columns;
        foreach (var subtotal in report.Subtotals)
        {
            var parts = subtotal.Column == PrintedSubtotal.OrganisationColumn
                ? columns.Where(c => c.IsOrganisation).Select(c => Part(report, subtotal.Row, c.Code)).ToList()
                : CategoryItems(format, subtotal.Row).Select(r => Part(report, r, subtotal.Column)).ToList();
            if (parts.Count == 0)
            {
                continue;
            }

            var place = new Evidence(subtotal.Path, Show(subtotal.Value), subtotal.Page, subtotal.Line);
            var what = Describe(format, subtotal);
            if (subtotal.Value is not { } printed)
            {
                findings.Add(AuditFinding.Undecided("C4", AuditSeverity.Error, subtotal.Path, $"{what}为空白，无法核对", place));
                continue;
            }

            if (parts.Any(p => p.Value is null))
            {
                findings.Add(AuditFinding.Undecided("C4", AuditSeverity.Error, subtotal.Path,
                    $"{what}的组成单元格有空白或未读取，无法核对", [place, .. parts.Where(p => p.Value is null).Select(p => new Evidence(p.Path, "空"))]));
                continue;
            }

            var sum = parts.Sum(p => p.Value ?? 0); // Every part has a value: the blanks were reported above.
            if (sum != printed)
            {
                findings.Add(new AuditFinding("C4", AuditSeverity.Error, subtotal.Path,
                    $"{what}为{Show(printed)}，而其各项之和为{Show(sum)}",
                    [place, .. parts.Select(p => new Evidence(p.Path, Show(p.Value)))]));
            }
        }
    }

    /// <summary>A part of a subtotal: a canonical cell, or a cell of a printed category row.</summary>
    private static (string Path, decimal? Value) Part(PublishedReport report, string row, string column)
    {
        if (row.EndsWith(PrintedSubtotal.CategorySuffix, StringComparison.Ordinal))
        {
            var printed = report.Subtotals.FirstOrDefault(s => s.Row == row && s.Column == column);
            return ($"applications.{row}.{column}", printed?.Value);
        }

        var index = TableLayouts.Columns.Select(c => c.Code).ToList().IndexOf(column);
        return ($"applications.{row}.{column}", report.Report.Applications?[row, index]);
    }

    /// <summary>The item rows of the category whose subtotal row is <paramref name="row"/>; none for other rows.</summary>
    private static IEnumerable<string> CategoryItems(AnnualReportFormat format, string row)
    {
        if (!row.EndsWith(PrintedSubtotal.CategorySuffix, StringComparison.Ordinal))
        {
            return [];
        }

        var category = row[..^PrintedSubtotal.CategorySuffix.Length];
        return format.ApplicationRows.Where(r => r.Category?.Code == category).Select(r => r.Code);
    }

    private static string Describe(AnnualReportFormat format, PrintedSubtotal subtotal)
    {
        var rowName = subtotal.Row.EndsWith(PrintedSubtotal.CategorySuffix, StringComparison.Ordinal)
            ? (format.ApplicationRows.Select(r => r.Category).FirstOrDefault(c => c?.Code + PrintedSubtotal.CategorySuffix == subtotal.Row)?.Label ?? subtotal.Row) + "小计行"
            : "“" + (format.ApplicationRows.FirstOrDefault(r => r.Code == subtotal.Row)?.Label ?? subtotal.Row) + "”行";
        var columnName = subtotal.Column == PrintedSubtotal.OrganisationColumn
            ? "法人或其他组织小计"
            : TableLayouts.Columns.FirstOrDefault(c => c.Code == subtotal.Column)?.Label ?? subtotal.Column;
        return $"表三{rowName}“{columnName}”列";
    }

    private static string Show(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "空";
}
