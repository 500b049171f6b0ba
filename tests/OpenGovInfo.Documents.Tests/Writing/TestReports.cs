using OpenGovInfo.Domain.AnnualReports;

namespace OpenGovInfo.Documents.Tests.Writing;

/// <summary>Reports built in the tests, with a distinct number in every cell so that order mistakes show.</summary>
internal static class TestReports
{
    /// <summary>Table 3 cell value of row <paramref name="row"/> and column <paramref name="column"/>.</summary>
    public static int ApplicationValue(int row, int column) => (row + 1) * 10 + column;

    /// <summary>Table 4 cell value of group <paramref name="group"/> and measure <paramref name="measure"/>.</summary>
    public static int ReviewValue(int group, int measure) => 500 + group * 10 + measure;

    /// <summary>Table 2 value of the item at <paramref name="item"/> (format order) and its measure.</summary>
    public static decimal ProactiveValue(int item, int measure, bool isDecimal) =>
        900 + item * 10 + measure + (isDecimal ? 0.25m : 0m);

    /// <summary>A report of a format whose every cell holds a different number, with all three narratives.</summary>
    public static AnnualReport Distinct(ReportFormat format)
    {
        var report = new AnnualReport(format) { Agency = "测试区数据局", Year = 2024 };
        var definition = report.Definition;
        for (var i = 0; i < definition.ProactiveItems.Count; i++)
        {
            var item = definition.ProactiveItems[i];
            var measures = definition.BlockOf(item.Code)!.Measures;
            report.Proactive!.SetValues(item.Code, [.. measures.Select((m, j) => (decimal?)ProactiveValue(i, j, m.IsDecimal))]);
        }

        for (var r = 0; r < definition.ApplicationRows.Count; r++)
        {
            var row = r;
            report.Applications!.SetRow(definition.ApplicationRows[r].Code,
                [.. Enumerable.Range(0, definition.Columns.Count).Select(c => (int?)ApplicationValue(row, c))]);
        }

        for (var g = 0; g < definition.ReviewGroups.Count; g++)
        {
            var group = g;
            report.ReviewLitigation!.SetGroup(definition.ReviewGroups[g].Code,
                [.. Enumerable.Range(0, ReviewLitigationTable.MeasureCount).Select(m => (int?)ReviewValue(group, m))]);
        }

        report.Sections["overview"] = "第一段总体情况。\n\n第二段：主动公开 36 条。";
        report.Sections["problems_and_improvements"] = "存在的问题。";
        report.Sections["other_matters"] = "未收取信息处理费。";
        return report;
    }
}
