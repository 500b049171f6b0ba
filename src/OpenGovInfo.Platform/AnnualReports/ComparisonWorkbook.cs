using OpenGovInfo.Documents.Spreadsheets;

namespace OpenGovInfo.Platform.AnnualReports;

/// <summary>The dashboard's comparison table as an Excel workbook: one row per agency and year, the district total last.</summary>
public static class ComparisonWorkbook
{
    /// <summary>The columns, in order.</summary>
    public static IReadOnlyList<string> Header { get; } =
        ["机关", "年度", "状态", "公开期限", "逾期", "规则错误", "规则提示", "本年新收", "本年办结", "予以公开", "予以公开率", "复议诉讼审结", "结果纠正", "纠正率"];

    /// <summary>The workbook's bytes.</summary>
    public static byte[] Write(ReportDashboard dashboard) =>
        XlsxTableWriter.Write("年报对比", Header,
            dashboard.Agencies.Append(dashboard.District).SelectMany(a => a.Lines.Select(l => Row(a.Name, l))));

    private static IReadOnlyList<object?> Row(string name, DashboardLine line)
    {
        var f = line.Figures;
        var s = line.Summary;
        return
        [
            name, line.Year, s?.StatusName, s?.Due.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            s is null ? null : s.Late ? "是" : "否", s?.Errors, s?.Warnings,
            f.NewReceived, f.Processed, f.Granted, f.GrantedShare is { } g ? new Percent(g) : null,
            f.Decided, f.Corrected, f.CorrectedShare is { } c ? new Percent(c) : null,
        ];
    }
}
