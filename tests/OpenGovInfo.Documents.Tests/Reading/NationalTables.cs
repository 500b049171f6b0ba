using System.Globalization;
using OpenGovInfo.Domain.AnnualReports;

namespace OpenGovInfo.Documents.Tests.Reading;

/// <summary>Lays out a report's Tables 2–4 the way the national format prints them (merged headers and row labels).</summary>
internal static class NationalTables
{
    public static IEnumerable<(string Heading, TestTable Table)> Build(AnnualReport report)
    {
        var f = report.Definition;
        yield return (f.Sections[1].Heading, Proactive(report));
        yield return (f.Sections[2].Heading, Applications(report));
        yield return (f.Sections[3].Heading, Review(report));
    }

    private static TestTable Proactive(AnnualReport report)
    {
        var table = new TestTable();
        foreach (var block in report.Definition.ProactiveBlocks)
        {
            var width = block.Measures.Count + 1;
            table.Row(new TestCell(block.Title, ColSpan: width));
            table.Row([new TestCell("信息内容"), .. block.Measures.Select(m => new TestCell(m.Label))]);
            foreach (var item in block.Items)
            {
                table.Row([new TestCell(item.Label), .. block.Measures.Select(m => new TestCell(Text(report.Proactive![item.Code, m.Code])))]);
            }
        }

        return table;
    }

    private static TestTable Applications(AnnualReport report)
    {
        var rows = report.Definition.ApplicationRows;
        var table = new TestTable()
            .Row(new TestCell(TableLayouts.ReconciliationNote, 3, 3), new TestCell(TableLayouts.ApplicantHeader, ColSpan: 7))
            .Row(new TestCell("自然人", 2), new TestCell(TableLayouts.OrganisationHeader, ColSpan: 5), new TestCell("总计", 2))
            .Row([.. report.Definition.Columns.Where(c => c.IsOrganisation).Select(c => new TestCell(c.Label))]);
        var resultsCount = rows.Count(r => r.IsUnderResults);
        var seenCategory = new HashSet<string>(StringComparer.Ordinal);
        var firstResult = true;
        foreach (var row in rows)
        {
            var cells = new List<TestCell>();
            if (row.IsUnderResults && firstResult)
            {
                cells.Add(new TestCell(TableLayouts.ResultsHeader, RowSpan: resultsCount));
                firstResult = false;
            }

            if (row.Category is { } category)
            {
                if (seenCategory.Add(category.Code))
                {
                    cells.Add(new TestCell(category.Label, RowSpan: rows.Count(r => r.Category?.Code == category.Code)));
                }

                cells.Add(new TestCell(row.Label));
            }
            else
            {
                cells.Add(new TestCell(row.Label, ColSpan: row.IsUnderResults ? 2 : 3));
            }

            cells.AddRange(Enumerable.Range(0, 7).Select(c => new TestCell(Text(report.Applications![row.Code, c]))));
            table.Row([.. cells]);
        }

        return table;
    }

    private static TestTable Review(AnnualReport report)
    {
        var measures = TableLayouts.ReviewMeasures;
        return new TestTable()
            .Row(new TestCell("行政复议", ColSpan: 5), new TestCell(TableLayouts.LitigationHeader, ColSpan: 10))
            .Row([.. measures.Select(m => new TestCell(m.Label, RowSpan: 2)), new TestCell("未经复议直接起诉", ColSpan: 5), new TestCell("复议后起诉", ColSpan: 5)])
            .Row([.. measures.Concat(measures).Select(m => new TestCell(m.Label))])
            .Row([.. report.ReviewLitigation!.Flattened().Select(v => new TestCell(Text(v)))]);
    }

    private static string Text(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static string Text(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";
}
