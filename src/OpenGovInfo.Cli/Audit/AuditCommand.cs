using System.ComponentModel;
using OpenGovInfo.Documents.Auditing;
using OpenGovInfo.Documents.Reading;
using OpenGovInfo.Domain.AnnualReports.Audit;
using OpenGovInfo.Domain.Calendar;
using Spectre.Console;
using Spectre.Console.Cli;

namespace OpenGovInfo.Cli.Audit;

/// <summary>
/// <c>ogi audit [PATH...] [--fetch URL...] [--previous DIR] [--units FILE [--aggregate NAME] [--year Y]]
/// [--verdicts FILE] [--history FILE] [--json OUT] [--csv OUT] [--xlsx OUT] [--html DIR]</c>: reads published reports
/// of any shape (files, folders of several years, web addresses), audits them against the catalogue
/// (audit-criteria.md) — each report, across years of one agency, across agencies, and the district's coverage and
/// roll-up — and writes the results. Exit 0 when every input was read (findings are results), 1 when some could
/// not be read, 2 on bad usage.
/// </summary>
public sealed class AuditCommand : Command<AuditCommand.Settings>
{
    private readonly IAnsiConsole console;
    private readonly TimeProvider clock;

    /// <summary>Creates the command writing to a console, dating what it records by <paramref name="clock"/>.</summary>
    public AuditCommand(IAnsiConsole console, TimeProvider clock) => (this.console, this.clock) = (console, clock);

    /// <summary>Arguments of the command.</summary>
    public sealed class Settings : CommandSettings
    {
        /// <summary>Files or folders (read recursively).</summary>
        [CommandArgument(0, "[PATH]")]
        [Description("报告文件或文件夹（递归读取；PDF、DOCX、HTML、Markdown、文本）（report files or folders）")]
        public string[] Paths { get; init; } = [];

        /// <summary>JSON output file.</summary>
        [CommandOption("--json <OUT>")]
        [Description("输出 JSON 数组：每个文件一项（source、status、reason、report、content_hash、audit 审计问题）（one entry per input file）")]
        public string? Json { get; init; }

        /// <summary>CSV output file.</summary>
        [CommandOption("--csv <OUT>")]
        [Description("输出 CSV：每个报告的每个单元格一行，未读取的文件一行（one row per cell; one per unread file）")]
        public string? Csv { get; init; }

        /// <summary>Addresses to download and read.</summary>
        [CommandOption("--fetch <URL>")]
        [Description("从网址读取报告（网页或 PDF/Word 文件，可多次给出）（read reports from web addresses）")]
        public string[] Fetch { get; init; } = [];

        /// <summary>Earlier reports, for comparison only.</summary>
        [CommandOption("--previous <DIR>")]
        [Description("往年报告文件夹，仅用于跨年比对（上年结转、照搬上年等），不单独输出（earlier years, for comparison only）")]
        public string[] Previous { get; init; } = [];

        /// <summary>Expected units of the district.</summary>
        [CommandOption("--units <FILE>")]
        [Description("辖区应报单位名单（每行一个名称）：检查应报尽报、按时发布（district mode: expected units）")]
        public string? Units { get; init; }

        /// <summary>The district's aggregate report.</summary>
        [CommandOption("--aggregate <NAME>")]
        [Description("全区汇总报告的机关名称：核对表三、表四＝各单位之和（the aggregate report's agency）")]
        public string? Aggregate { get; init; }

        /// <summary>The district's year.</summary>
        [CommandOption("--year <YEAR>")]
        [Description("辖区模式的报告年度（默认：多数报告的年度）（district year）")]
        public int? Year { get; init; }

        /// <summary>Verdicts file.</summary>
        [CommandOption("--verdicts <FILE>")]
        [Description("人工判定文件（ogi verdict 写入），判定附在对应问题上（human verdicts to attach）")]
        public string? Verdicts { get; init; }

        /// <summary>Version history file.</summary>
        [CommandOption("--history <FILE>")]
        [Description("版本记录文件：记录每个来源的内容哈希，发现发布后被改动（A4）（version history, updated）")]
        public string? History { get; init; }

        /// <summary>HTML output folder.</summary>
        [CommandOption("--html <DIR>")]
        [Description("输出 HTML：总览页加每个机关一页，问题与证据高亮（HTML report for people）")]
        public string? Html { get; init; }

        /// <summary>XLSX output file.</summary>
        [CommandOption("--xlsx <OUT>")]
        [Description("输出 Excel：汇总表加每个报告一张表（summary sheet + one sheet per report）")]
        public string? Xlsx { get; init; }
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var (files, missing) = AuditFiles.Collect(settings.Paths);
        var (earlierFiles, missingEarlier) = AuditFiles.Collect(settings.Previous);
        missing.AddRange(missingEarlier);
        if (settings.Units is { } u && !File.Exists(u))
        {
            missing.Add(u);
        }

        if (missing.Count > 0 || files.Count + settings.Fetch.Length == 0)
        {
            var what = missing.Count > 0 ? "路径不存在（path not found）：" + string.Join(", ", missing) : "没有可读取的文件（no files to read）";
            console.MarkupLine($"[red]错误（error）：[/]{Markup.Escape(what)}");
            return CliErrors.UsageError;
        }

        ReportReadResult[] results = [.. ReadWithProgress(files, cancellationToken), .. AuditFetch.ReadAll(settings.Fetch, cancellationToken)];
        CrossYear.Check(results);
        var earlier = AuditReader.ReadAll(earlierFiles, null, cancellationToken);
        var history = settings.History is { } h ? AuditHistory.Load(h) : null;
        var run = CorpusAuditor.Audit(results, earlier, settings.Fetch.ToDictionary(f => f, f => f, StringComparer.Ordinal), history);
        var district = District(settings, run);
        var verdicts = settings.Verdicts is { } v ? VerdictFile.Load(v) : new Dictionary<string, Verdict>(StringComparer.Ordinal);
        AuditSummary.Write(console, run);
        WriteDistrict(district);
        WriteOutputs(settings, run, district, verdicts);
        if (settings.History is { } historyFile && history is not null)
        {
            AuditHistory.Save(historyFile, history, run, ChinaTime.Today(clock));
        }

        return results.All(r => r.Succeeded) ? 0 : 1;
    }

    private static List<AuditFinding> District(Settings settings, AuditedReport[] run)
    {
        if (settings.Units is null || AuditDistrict.YearOf(settings.Year, run) is not { } year)
        {
            return [];
        }

        return AuditDistrict.Check(AuditDistrict.ReadUnits(settings.Units), settings.Aggregate, year, run);
    }

    private void WriteDistrict(List<AuditFinding> district)
    {
        foreach (var f in district)
        {
            console.MarkupLine($"[{(f.Uncertain ? "blue" : "red")}]{f.Rule}[/] {Markup.Escape(f.Message)}");
        }
    }

    private ReportReadResult[] ReadWithProgress(List<string> files, CancellationToken cancellationToken)
    {
        if (!console.Profile.Capabilities.Interactive || Console.IsOutputRedirected)
        {
            return AuditReader.ReadAll(files, null, cancellationToken);
        }

        ReportReadResult[] results = [];
        console.Progress().Start(progress =>
        {
            var task = progress.AddTask("读取报告（reading）", maxValue: files.Count);
            results = AuditReader.ReadAll(files, () => task.Increment(1), cancellationToken);
        });
        return results;
    }

    private void WriteOutputs(Settings settings, AuditedReport[] run, List<AuditFinding> district, Dictionary<string, Verdict> verdicts)
    {
        var results = run.Select(r => r.Result).ToList();
        if (settings.Json is { } json)
        {
            AuditJson.Write(json, run, verdicts);
            console.MarkupLine($"JSON → {Markup.Escape(json)}");
            if (district.Count > 0)
            {
                var districtJson = Path.ChangeExtension(json, ".district.json");
                AuditJson.WriteDistrict(districtJson, district);
                console.MarkupLine($"JSON → {Markup.Escape(districtJson)}");
            }
        }

        if (settings.Html is { } html)
        {
            console.MarkupLine($"HTML → {Markup.Escape(AuditHtml.Write(html, run, district, verdicts))}");
        }

        if (settings.Csv is { } csv)
        {
            AuditCsv.Write(csv, results);
            console.MarkupLine($"CSV → {Markup.Escape(csv)}");
        }

        if (settings.Xlsx is { } xlsx)
        {
            AuditWorkbook.Write(xlsx, results);
            console.MarkupLine($"XLSX → {Markup.Escape(xlsx)}");
        }
    }
}
