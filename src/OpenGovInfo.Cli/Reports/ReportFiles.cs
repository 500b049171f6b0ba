using OpenGovInfo.Documents.Json;
using OpenGovInfo.Domain.AnnualReports;
using Spectre.Console;

namespace OpenGovInfo.Cli.Reports;

/// <summary>Loads canonical JSON reports for commands, printing every read error with its JSON path.</summary>
internal static class ReportFiles
{
    public static AnnualReport? Load(string path, IAnsiConsole console)
    {
        var result = AnnualReportJsonReader.ReadFile(path);
        if (result.Succeeded)
        {
            return result.Report;
        }

        console.MarkupLine($"[red]无法读取 {Markup.Escape(path)}（cannot read）：[/]");
        foreach (var error in result.Errors.Take(50))
        {
            console.MarkupLine($"  {Markup.Escape(error.Path)}: {Markup.Escape(error.Message)}");
        }

        if (result.Errors.Count > 50)
        {
            console.MarkupLine($"  …… 另有 {result.Errors.Count - 50} 处错误");
        }

        return null;
    }
}
