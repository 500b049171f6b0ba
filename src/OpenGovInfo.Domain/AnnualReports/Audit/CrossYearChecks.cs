using System.Globalization;
using OpenGovInfo.Domain.AnnualReports.Rules;

namespace OpenGovInfo.Domain.AnnualReports.Audit;

/// <summary>
/// D1/D2 are the engine's cross-year rules (T3-6 carry-over per column, T2-2 normative-document stock), run here
/// against the previous report; D3 flags key figures that jump by more than five times, or fall to zero after a
/// large value (统计数据审核: 纵向逻辑检查、与上年数据对比分析).
/// </summary>
public sealed class CrossYearChecks : IAuditCheck
{
    /// <summary>The figure ratio beyond which a change is remarkable.</summary>
    public const decimal Jump = 5m;

    /// <summary>A figure at least this large last year that is 0 this year is a warning.</summary>
    public const decimal LargeBeforeZero = 10m;

    private static readonly (string Path, string Label)[] KeyFigures =
    [
        ("applications.new_received.total", "本年新收申请"),
        ("applications.granted.total", "予以公开"),
        ("proactive.normative_documents.issued_this_year", "本年制发行政规范性文件"),
        ("proactive.administrative_licensing.decisions_this_year", "行政许可决定"),
        ("proactive.administrative_penalty.decisions_this_year", "行政处罚决定"),
        ("review_litigation.reconsideration.total", "行政复议"),
        ("review_litigation.litigation_without_reconsideration.total", "未经复议直接起诉"),
    ];

    /// <inheritdoc />
    public void Check(PublishedReport report, AuditContext context, ICollection<AuditFinding> findings)
    {
        if (context.Previous is not { } previous || new RuleContext(previous.Report).ComparablePrevious(report.Report) is null)
        {
            return;
        }

        foreach (var f in ConsistencyChecker.Check(report.Report, previous.Report)
                     .Where(f => f.Rule is RuleIds.CarryOverAcrossYears or RuleIds.InForceContinuity))
        {
            findings.Add(AnnualReportAuditor.FromRule(f));
        }

        Anomalies(report, previous, findings);
    }

    private static void Anomalies(PublishedReport report, PublishedReport previous, ICollection<AuditFinding> findings)
    {
        var now = TableDifferences.Cells(report.Report).ToDictionary(c => c.Path, c => c.Value, StringComparer.Ordinal);
        var before = TableDifferences.Cells(previous.Report).ToDictionary(c => c.Path, c => c.Value, StringComparer.Ordinal);
        foreach (var (path, label) in KeyFigures)
        {
            if (now.GetValueOrDefault(path) is not { } a || before.GetValueOrDefault(path) is not { } b)
            {
                continue;
            }

            var evidence = new[] { Evidence.OfCell(path, a), new Evidence("previous." + path, b.ToString(CultureInfo.InvariantCulture)) };
            if (a == 0 && b >= LargeBeforeZero)
            {
                findings.Add(new AuditFinding("D3", AuditSeverity.Warning, path,
                    $"{label}由上年{b}降为0，请核实", evidence));
            }
            else if (a > 0 && b > 0 && (a / b > Jump || b / a > Jump))
            {
                findings.Add(new AuditFinding("D3", AuditSeverity.Info, path,
                    $"{label}由上年{b}变为{a}（{(a / b).ToString("0.##", CultureInfo.InvariantCulture)}倍），变化异常，宜在报告中说明原因", evidence));
            }
        }
    }
}
