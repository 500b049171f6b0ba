using System.Globalization;
using System.Text;
using OpenGovInfo.Documents.Auditing;
using OpenGovInfo.Domain.AnnualReports.Audit;
using static System.Net.WebUtility;

namespace OpenGovInfo.Cli.Audit;

/// <summary>
/// <c>--html DIR</c>: the audit for people. <c>index.html</c> lists the agencies (with their counts), the district
/// findings and the files that could not be read; one page per agency shows each of its reports with its findings,
/// their verdicts and the evidence — the lines the finding rests on, with the quoted words highlighted.
/// </summary>
internal static class AuditHtml
{
    private const string Style = "body{font-family:'Noto Sans CJK SC','Microsoft YaHei',sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem;color:#222}"
        + "table{border-collapse:collapse;width:100%;margin:1rem 0}td,th{border:1px solid #ccc;padding:.3rem .5rem;vertical-align:top;text-align:left}"
        + ".error{color:#b00020}.warning{color:#9a6700}.info{color:#555}.uncertain{color:#0550ae}mark{background:#ffe58f}"
        + "pre{white-space:pre-wrap;background:#f6f8fa;padding:.4rem;margin:.2rem 0}.dismissed{opacity:.55}";

    /// <summary>Writes the pages; returns the index path.</summary>
    public static string Write(string folder, IReadOnlyList<AuditedReport> run, IReadOnlyList<AuditFinding> district, IReadOnlyDictionary<string, Verdict> verdicts)
    {
        Directory.CreateDirectory(folder);
        var agencies = run.Where(r => r.Published is not null)
            .GroupBy(r => r.Published?.Agency is { } a ? AgencyNames.Key(a) : "（未识别机关）" + r.Result.Source)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select((g, i) => (Name: g.First().Published?.Agency ?? g.Key, File: string.Create(CultureInfo.InvariantCulture, $"agency-{i + 1:D3}.html"),
                Reports: g.OrderBy(r => r.Published?.Year ?? 0).ToList()))
            .ToList();
        foreach (var agency in agencies)
        {
            File.WriteAllText(Path.Combine(folder, agency.File), AgencyPage(agency.Name, agency.Reports, verdicts), Encoding.UTF8);
        }

        var index = Path.Combine(folder, "index.html");
        File.WriteAllText(index, IndexPage(agencies.Select(a => (a.Name, a.File, a.Reports)).ToList(), run, district), Encoding.UTF8);
        return index;
    }

    private static string IndexPage(List<(string Name, string File, List<AuditedReport> Reports)> agencies, IReadOnlyList<AuditedReport> run, IReadOnlyList<AuditFinding> district)
    {
        var sb = Head("年度报告审计结果");
        sb.Append("<h1>年度报告审计结果</h1><table><tr><th>机关</th><th>年度</th><th>错误</th><th>警告</th><th>提示</th><th>无法判断</th></tr>");
        foreach (var (name, file, reports) in agencies)
        {
            var findings = reports.SelectMany(r => r.Findings).ToList();
            sb.Append(CultureInfo.InvariantCulture, $"<tr><td><a href=\"{file}\">{HtmlEncode(name)}</a></td><td>{string.Join("、", reports.Select(r => r.Published?.Year?.ToString(CultureInfo.InvariantCulture) ?? "?"))}</td>")
              .Append(CultureInfo.InvariantCulture, $"<td>{Count(findings, AuditSeverity.Error)}</td><td>{Count(findings, AuditSeverity.Warning)}</td><td>{Count(findings, AuditSeverity.Info)}</td><td>{findings.Count(f => f.Uncertain)}</td></tr>");
        }

        sb.Append("</table>");
        if (district.Count > 0)
        {
            sb.Append("<h2>辖区（应报尽报、汇总）</h2><ul>");
            foreach (var f in district)
            {
                sb.Append(CultureInfo.InvariantCulture, $"<li class=\"{Class(f)}\">{f.Rule} {HtmlEncode(f.Message)}</li>");
            }

            sb.Append("</ul>");
        }

        var unread = run.Where(r => r.Published is null).ToList();
        if (unread.Count > 0)
        {
            sb.Append("<h2>未能读取的文件</h2><ul>");
            foreach (var r in unread)
            {
                sb.Append(CultureInfo.InvariantCulture, $"<li>{HtmlEncode(r.Result.Source)}：{HtmlEncode(AuditStatus.Reason(r.Result) ?? "")}{string.Concat(r.Findings.Select(f => $"（{f.Rule} {HtmlEncode(f.Message)}）"))}</li>");
            }

            sb.Append("</ul>");
        }

        return sb.Append("</body></html>").ToString();
    }

    private static string AgencyPage(string name, List<AuditedReport> reports, IReadOnlyDictionary<string, Verdict> verdicts)
    {
        var sb = Head(name);
        sb.Append(CultureInfo.InvariantCulture, $"<p><a href=\"index.html\">← 全部机关</a></p><h1>{HtmlEncode(name)}</h1>");
        foreach (var r in reports)
        {
            var p = r.Published!; // !: Write grouped only the reports with a published document.
            sb.Append(CultureInfo.InvariantCulture, $"<h2>{p.Year?.ToString(CultureInfo.InvariantCulture) ?? "?"}年度 — {HtmlEncode(p.Source)}</h2>")
              .Append(CultureInfo.InvariantCulture, $"<p>发布日期：{(p.Published is { } d ? HtmlEncode($"{d.Date:yyyy-MM-dd}（{d.SourceName}）") : "未知")}；内容哈希 <code>{p.ContentHash[..Math.Min(12, p.ContentHash.Length)]}</code></p>")
              .Append("<table><tr><th>规则</th><th>级别</th><th>问题</th><th>证据</th><th>人工判定</th></tr>");
            foreach (var f in r.Findings)
            {
                var id = f.Fingerprint(p.ContentHash);
                var verdict = verdicts.GetValueOrDefault(id);
                sb.Append(CultureInfo.InvariantCulture, $"<tr id=\"{id}\" class=\"{(verdict?.Decision == VerdictDecision.Dismiss ? "dismissed" : "")}\"><td>{f.Rule}{(AuditCatalogue.Of(f.Rule) != f.Rule ? "（" + AuditCatalogue.Of(f.Rule) + "）" : "")}<br><small><code>{id}</code></small></td>")
                  .Append(CultureInfo.InvariantCulture, $"<td class=\"{Class(f)}\">{Level(f)}</td><td>{HtmlEncode(f.Message)}</td><td>{Evidence(p, f)}</td>")
                  .Append(CultureInfo.InvariantCulture, $"<td>{(verdict is null ? "" : (verdict.Decision == VerdictDecision.Accept ? "确认" : "驳回") + "：" + HtmlEncode(verdict.Reason))}</td></tr>");
            }

            sb.Append("</table>");
        }

        return sb.Append("</body></html>").ToString();
    }

    /// <summary>Each piece of evidence: the cell and value, and the printed lines around the place with the excerpt marked.</summary>
    private static string Evidence(PublishedReport report, AuditFinding finding)
    {
        var sb = new StringBuilder();
        foreach (var e in finding.Evidence)
        {
            if (e.Cell is not null)
            {
                sb.Append(CultureInfo.InvariantCulture, $"<div><code>{HtmlEncode(e.Cell)}</code>{(e.Value is null ? "" : " = " + HtmlEncode(e.Value))}</div>");
            }

            if (e.Line is { } line && line >= 1 && line <= report.Text.Lines.Count)
            {
                var around = report.Text.Lines.Skip(Math.Max(0, line - 2)).Take(3).Select(l => l.Text);
                var place = e.Page is { } page ? $"第{page}页第{line}行" : $"第{line}行";
                sb.Append(CultureInfo.InvariantCulture, $"<div>{place}</div><pre>{Highlight(string.Join("\n", around), e.Excerpt)}</pre>");
            }
            else if (e.Excerpt is not null)
            {
                sb.Append(CultureInfo.InvariantCulture, $"<div>“<mark>{HtmlEncode(e.Excerpt)}</mark>”</div>");
            }
        }

        return sb.ToString();
    }

    private static string Highlight(string text, string? excerpt)
    {
        var encoded = HtmlEncode(text);
        if (string.IsNullOrWhiteSpace(excerpt))
        {
            return encoded;
        }

        var mark = HtmlEncode(excerpt.TrimEnd('…'));
        return encoded.Contains(mark, StringComparison.Ordinal)
            ? encoded.Replace(mark, "<mark>" + mark + "</mark>", StringComparison.Ordinal)
            : encoded + "\n（摘录：<mark>" + mark + "</mark>）";
    }

    private static StringBuilder Head(string title) => new StringBuilder("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>")
        .Append(HtmlEncode(title)).Append("</title><style>").Append(Style).Append("</style></head><body>");

    private static string Level(AuditFinding f) => (f.Uncertain ? "无法判断（" : "") + f.Severity switch
    {
        AuditSeverity.Error => "错误",
        AuditSeverity.Warning => "警告",
        _ => "提示",
    } + (f.Uncertain ? "）" : "");

    private static string Class(AuditFinding f) => f.Uncertain ? "uncertain" : AuditFindingJson.Severity(f.Severity);

    private static int Count(List<AuditFinding> findings, AuditSeverity severity) => findings.Count(f => !f.Uncertain && f.Severity == severity);
}
