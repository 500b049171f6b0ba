using OpenGovInfo.Platform.Common;
using System.ComponentModel;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OpenGovInfo.Cli.Db;
using OpenGovInfo.Documents.Json;
using OpenGovInfo.Domain.AnnualReports;
using OpenGovInfo.Domain.AnnualReports.Rules;
using OpenGovInfo.Platform.AnnualReports;
using Spectre.Console;
using Spectre.Console.Cli;

namespace OpenGovInfo.Cli.Reports;

/// <summary>
/// <c>ogi report compile --agency ID --year YEAR [--provider P] [--connection CS] [-o OUT.json]</c>: compiles an agency's
/// report for a year from the platform's records (as the staff pages do) and writes its canonical JSON
/// (<c>opengovinfo/annual-report@1</c>, the API's serializer), for scripts. Read-only. Exit 0 when the report keeps
/// every rule, 1 when it breaks one (the file is still written, for inspection) or the database cannot be read,
/// 2 for bad input (unknown agency, year out of range, missing option).
/// </summary>
public sealed class CompileCommand(IAnsiConsole console) : AsyncCommand<CompileCommand.Settings>
{
    /// <summary>Options.</summary>
    public sealed class Settings : DatabaseSettings
    {
        /// <summary>The agency's id.</summary>
        [CommandOption("--agency <ID>")]
        [Description("机关编号")]
        public int? Agency { get; init; }

        /// <summary>The report year.</summary>
        [CommandOption("--year <YEAR>")]
        [Description("报告年度（2021 年及以后）")]
        public int? Year { get; init; }

        /// <summary>Output path; standard output when absent or <c>-</c> (<c>--output=-</c>).</summary>
        [CommandOption("-o|--output <OUT>")]
        [Description("输出的规范 JSON 文件；省略时写到标准输出")]
        public string? Output { get; init; }

        /// <inheritdoc />
        public override ValidationResult Validate() =>
            Agency is null ? ValidationResult.Error("请用 --agency 指定机关编号。")
            : Year is null ? ValidationResult.Error("请用 --year 指定报告年度。")
            : ValidationResult.Success();
    }

    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        // !: Settings.Validate refused a missing --agency or --year.
        var (agency, year) = (settings.Agency!.Value, settings.Year!.Value);
        CompiledReport compiled;
        AnnualReport? previous = null;
        try
        {
            await using var services = settings.BuildServices(readOnly: true);
            await using var scope = services.CreateAsyncScope();
            var compile = scope.ServiceProvider.GetRequiredService<CompileAnnualReport>();
            var result = await compile.RunAsync(agency, year, cancellationToken);
            if (!result.IsSuccess)
            {
                return result.Errors[0].Code == ErrorCodes.NotFound
                    ? CliErrors.Refused(console, [new(result.Errors[0].Code, string.Create(CultureInfo.InvariantCulture, $"未找到编号为 {agency} 的机关。"))])
                    : CliErrors.Refused(console, result.Errors);
            }

            compiled = result.Value;
            // The cross-year rules need last year's report as the records give it (none before the first compiled year).
            if (year > CompileAnnualReport.FirstYear && await compile.RunAsync(agency, year - 1, cancellationToken) is { IsSuccess: true } last)
            {
                previous = last.Value.Report;
            }
        }
        catch (Exception e) when (e is SqliteException or NpgsqlException or InvalidOperationException or ArgumentException)
        {
            // An unreadable, unmigrated or unreachable database, or a malformed connection string: one line, no stack trace.
            console.MarkupLine($"[red]错误：[/]无法读取平台数据库：{Markup.Escape(e.Message)}");
            return 1;
        }

        var json = AnnualReportJsonWriter.Serialize(compiled.Report);
        // The file to write, or null for standard output (no --output, or "-").
        var output = settings.Output is { Length: > 0 } named && named != "-" ? named : null;
        var toStdout = output is null;
        if (output is null)
        {
            console.Profile.Out.Writer.Write(json);
            console.Profile.Out.Writer.WriteLine();
        }
        else
        {
            try
            {
                // Write beside and move into place, so a failure never leaves half a file.
                var temp = output + ".tmp";
                await File.WriteAllTextAsync(temp, json, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), cancellationToken);
                File.Move(temp, output, overwrite: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                console.MarkupLine($"[red]错误：[/]无法写入 {Markup.Escape(output)}：{Markup.Escape(e.Message)}");
                return 1;
            }

            // !: a compiled report has every table.
            var total = compiled.Report.Applications!["new_received", TableLayouts.TotalColumn];
            console.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture,
                $"已编制 {compiled.Report.Agency}{year}年度报告（本年新收申请 {total} 件），写入 {output}。")));
        }

        var errors = ConsistencyChecker.Check(compiled.Report, previous).Where(f => f.Severity == FindingSeverity.Error).ToList();
        foreach (var finding in errors)
        {
            // Findings go to stderr when the report itself is on stdout, so the JSON stays parseable.
            var line = $"不符合规则 {finding.Rule}（{finding.Where}）：{finding.Message}";
            if (toStdout)
            {
                Console.Error.WriteLine(line);
            }
            else
            {
                console.MarkupLine($"[red]{Markup.Escape(line)}[/]");
            }
        }

        return errors.Count == 0 ? 0 : 1;
    }
}
