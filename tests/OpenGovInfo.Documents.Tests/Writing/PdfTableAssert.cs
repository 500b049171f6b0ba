using System.Globalization;
using OpenGovInfo.Domain.AnnualReports;

namespace OpenGovInfo.Documents.Tests.Writing;

/// <summary>Checks the page text of a rendered PDF against the report's tables.</summary>
internal static class PdfTableAssert
{
    /// <summary>
    /// Every label of the format is printed, and each data row's label is followed by its numbers in column order
    /// (cells are drawn row by row, left to right, so the page text reads label, value, value…).
    /// </summary>
    public static void TablesPrinted(string text, AnnualReport report)
    {
        var format = report.Definition;
        string[] labels =
        [
            TableLayouts.ReconciliationNote, TableLayouts.ApplicantHeader, TableLayouts.OrganisationHeader,
            TableLayouts.ResultsHeader, TableLayouts.LitigationHeader, ProactiveBlock.ItemHeader,
            .. format.ProactiveBlocks.SelectMany(b => b.Measures.Select(m => m.Label).Prepend(b.Title)),
            .. format.Columns.Select(c => c.Label),
            .. format.ApplicationRows.Select(r => r.Category?.Label).OfType<string>(),
            .. format.ReviewGroups.Select(g => g.Label), .. format.ReviewMeasures.Select(m => m.Label),
        ];
        Assert.All(labels, label => Assert.Contains(PdfText.Compact(label), text, StringComparison.Ordinal));
        for (var r = 0; r < format.ApplicationRows.Count; r++)
        {
            var values = report.Applications?.RowAt(r)?.Select(Number) ?? [];
            Assert.Contains(PdfText.Compact(format.ApplicationRows[r].Label) + string.Concat(values), text, StringComparison.Ordinal);
        }

        foreach (var item in format.ProactiveItems)
        {
            var values = report.Proactive?.Values(item.Code)?.Select(v => v?.ToString(CultureInfo.InvariantCulture)) ?? [];
            Assert.Contains(item.Label + string.Concat(values), text, StringComparison.Ordinal);
        }

        var review = report.ReviewLitigation?.Flattened().Select(Number) ?? [];
        Assert.Contains(format.ReviewMeasures[^1].Label + string.Concat(review), text, StringComparison.Ordinal);
    }

    private static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "—";
}
