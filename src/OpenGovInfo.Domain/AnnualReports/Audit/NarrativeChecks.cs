using System.Globalization;
using System.Text.RegularExpressions;

namespace OpenGovInfo.Domain.AnnualReports.Audit;

/// <summary>
/// E1: figures the narrative quotes equal the cells they name (the "收到…申请" count is rule X-2's); E2: a
/// statement that there were no applications / no reconsideration or litigation agrees with tables 三 and 四; E3:
/// "均已办结" means nothing is carried forward.
/// </summary>
public sealed partial class NarrativeChecks : IAuditCheck
{
    private static readonly (string Words, string Row, string Label)[] ApplicationFigures =
    [
        ("上年结转", ReportCodes.Rows.CarriedOver, "二、上年结转"),
        ("结转下年度|结转至下年度|结转到下年度|结转下一年度", ReportCodes.Rows.CarriedForward, "四、结转下年度继续办理"),
        ("予以公开", ReportCodes.Rows.Granted, "（一）予以公开"),
        ("部分公开", ReportCodes.Rows.PartiallyGranted, "（二）部分公开"),
        ("办结|办理完结|答复完毕", ReportCodes.Rows.TotalProcessed, "（七）总计"),
    ];

    /// <inheritdoc />
    public void Check(PublishedReport report, AuditContext context, ICollection<AuditFinding> findings)
    {
        var narrative = SectionText.Narrative(report);
        if (narrative.Length == 0)
        {
            return;
        }

        var key = LabelText.Normalize(narrative);
        Figures(report, key, findings);
        Absence(report, key, findings);
        AllClosed(report, key, findings);
    }

    private static void Figures(PublishedReport report, string narrative, ICollection<AuditFinding> findings)
    {
        foreach (var (words, row, label) in ApplicationFigures)
        {
            var pattern = new Regex($"(?:{words})[^。；;，,\\d]{{0,6}}?(?<n>\\d+)\\s*(?:件|个)", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            var cell = report.Report.Applications?[row, TableLayouts.TotalColumn];
            foreach (var m in pattern.Matches(narrative).DistinctBy(m => m.Value))
            {
                Compare(report, m, $"applications.{row}.total", label, cell, findings);
            }
        }

        var review = report.Report.ReviewLitigation;
        foreach (var m in Reconsideration().Matches(narrative).DistinctBy(m => m.Value))
        {
            Compare(report, m, "review_litigation.reconsideration.total", "行政复议总计", review?.GroupAt(0)?[4], findings);
        }

        foreach (var m in Litigation().Matches(narrative).DistinctBy(m => m.Value))
        {
            var sum = review?.GroupAt(1)?[4] is { } a && review.GroupAt(2)?[4] is { } b ? a + b : (int?)null;
            Compare(report, m, "review_litigation.litigation.total", "行政诉讼总计（未经复议直接起诉＋复议后起诉）", sum, findings);
        }
    }

    private static void Compare(PublishedReport report, Match m, string cell, string label, int? value, ICollection<AuditFinding> findings)
    {
        var quoted = int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
        var excerpt = report.Text.Quote(m.Value, cell, value?.ToString(CultureInfo.InvariantCulture) ?? "空");
        if (value is null)
        {
            findings.Add(AuditFinding.Undecided("E1", AuditSeverity.Error, cell + ":" + m.Value,
                $"正文写“{m.Value}”，但表格“{label}”为空或未读取", excerpt));
        }
        else if (value != quoted)
        {
            findings.Add(new AuditFinding("E1", AuditSeverity.Error, cell + ":" + m.Value,
                $"正文写“{m.Value}”，表格“{label}”为{value}", [excerpt]));
        }
    }

    private static void Absence(PublishedReport report, string narrative, ICollection<AuditFinding> findings)
    {
        if (NoApplications().Match(narrative) is { Success: true } none)
        {
            var nonZero = Cells(report, "applications").Where(c => c.Value is not 0).ToList();
            Report(report, none.Value, "表三", nonZero, "applications", findings);
        }

        if (NoReview().Match(narrative) is { Success: true } noReview)
        {
            var nonZero = Cells(report, "review_litigation").Where(c => c.Value is not 0).ToList();
            Report(report, noReview.Value, "表四", nonZero, "review_litigation", findings);
        }
    }

    private static void Report(PublishedReport report, string statement, string table, List<(string Path, decimal? Value)> nonZero,
        string key, ICollection<AuditFinding> findings)
    {
        var quote = report.Text.Quote(statement);
        var numbers = nonZero.Where(c => c.Value is not null).ToList();
        if (numbers.Count > 0)
        {
            findings.Add(new AuditFinding("E2", AuditSeverity.Error, "absence:" + key,
                $"正文称“{statement}”，但{table}有{numbers.Count}个非零单元格，如{numbers[0].Path}={numbers[0].Value}",
                [quote, .. numbers.Take(5).Select(c => Evidence.OfCell(c.Path, c.Value))]));
        }
        else if (nonZero.Count > 0)
        {
            findings.Add(AuditFinding.Undecided("E2", AuditSeverity.Error, "absence:" + key,
                $"正文称“{statement}”，但{table}有{nonZero.Count}个单元格为空或未读取", quote));
        }
    }

    private static void AllClosed(PublishedReport report, string narrative, ICollection<AuditFinding> findings)
    {
        if (AllDone().Match(narrative) is not { Success: true } m)
        {
            return;
        }

        var carried = report.Report.Applications?[ReportCodes.Rows.CarriedForward, TableLayouts.TotalColumn];
        const string cell = "applications.carried_forward_to_next_year.total";
        if (carried is null)
        {
            findings.Add(AuditFinding.Undecided("E3", AuditSeverity.Error, cell, $"正文称“{m.Value}”，但“结转下年度继续办理”为空或未读取", report.Text.Quote(m.Value)));
        }
        else if (carried > 0)
        {
            findings.Add(new AuditFinding("E3", AuditSeverity.Error, cell,
                $"正文称“{m.Value}”，但“四、结转下年度继续办理”总计为{carried}件",
                [report.Text.Quote(m.Value), Evidence.OfCell(cell, carried)]));
        }
    }

    private static IEnumerable<(string Path, decimal? Value)> Cells(PublishedReport report, string table) =>
        TableDifferences.Cells(report.Report).Where(c => c.Path.StartsWith(table + ".", StringComparison.Ordinal));

    [GeneratedRegex(@"(?:未收到|未发生|没有收到|没有发生|无)[^。；;，,]{0,10}?(?:依申请公开|政府信息公开申请|信息公开申请|公开申请)", RegexOptions.CultureInvariant)]
    private static partial Regex NoApplications();

    [GeneratedRegex(@"(?:未发生|没有发生|未收到|未出现|无)[^。；;，,]{0,16}?(?:行政复议|行政诉讼)", RegexOptions.CultureInvariant)]
    private static partial Regex NoReview();

    [GeneratedRegex(@"(?:均已|全部|均|已全部)(?:按时|依法|按期)?办结", RegexOptions.CultureInvariant)]
    private static partial Regex AllDone();

    [GeneratedRegex(@"行政复议[^。；;，,\d]{0,6}?(?<n>\d+)\s*(?:件|起|宗)", RegexOptions.CultureInvariant)]
    private static partial Regex Reconsideration();

    [GeneratedRegex(@"行政诉讼[^。；;，,\d]{0,6}?(?<n>\d+)\s*(?:件|起|宗)", RegexOptions.CultureInvariant)]
    private static partial Regex Litigation();
}
