using System.ComponentModel;
using OpenGovInfo.Documents.Reading;
using Spectre.Console;
using Spectre.Console.Cli;

namespace OpenGovInfo.Cli.Audit;

/// <summary>
/// <c>ogi audit PATH... [--json OUT] [--csv OUT] [--xlsx OUT]</c>: reads published reports of any shape, checks
/// every rule (cross-year rules between consecutive years of one agency) and writes the results. Exit 0 when every
/// file was read (findings are results), 1 when some could not be read, 2 on bad usage.
/// </summary>
public sealed class AuditCommand : Command<AuditCommand.Settings>
{
    private readonly IAnsiConsole console;

    /// <summary>Creates the command writing to a console.</summary>
    public AuditCommand(IAnsiConsole console) => this.console = console;

    /// <summary>Arguments of the command.</summary>
    public sealed class Settings : CommandSettings
    {
        /// <summary>Files or folders (read recursively).</summary>
        [CommandArgument(0, "<PATH>")]
        [Description("报告文件或文件夹（递归读取；PDF、DOCX、HTML、Markdown、文本）（report files or folders）")]
        public string[] Paths { get; init; } = [];

        /// <summary>JSON output file.</summary>
        [CommandOption("--json <OUT>")]
        [Description("输出 JSON 数组：每个文件一项（source、status、reason、report）（one entry per input file）")]
        public string? Json { get; init; }

        /// <summary>CSV output file.</summary>
        [CommandOption("--csv <OUT>")]
        [Description("输出 CSV：每个报告的每个单元格一行，未读取的文件一行（one row per cell; one per unread file）")]
        public string? Csv { get; init; }

        /// <summary>XLSX output file.</summary>
        [CommandOption("--xlsx <OUT>")]
        [Description("输出 Excel：汇总表加每个报告一张表（summary sheet + one sheet per report）")]
        public string? Xlsx { get; init; }
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var (files, missing) = AuditFiles.Collect(settings.Paths);
        if (missing.Count > 0 || files.Count == 0)
        {
            var what = missing.Count > 0 ? "路径不存在（path not found）：" + string.Join(", ", missing) : "没有可读取的文件（no files to read）";
            console.MarkupLine($"[red]错误（error）：[/]{Markup.Escape(what)}");
            return CliErrors.UsageError;
        }

        var results = ReadWithProgress(files, cancellationToken);
        AuditSummary.Write(console, results);
        WriteOutputs(settings, results);
        return results.All(r => r.Succeeded) ? 0 : 1;
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

    private void WriteOutputs(Settings settings, ReportReadResult[] results)
    {
        if (settings.Json is { } json)
        {
            AuditJson.Write(json, results);
            console.MarkupLine($"JSON → {Markup.Escape(json)}");
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
