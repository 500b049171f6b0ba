using System.Text.Json;
using OpenGovInfo.Documents.Json;
using OpenGovInfo.Domain.AnnualReports;
using Spectre.Console;

namespace OpenGovInfo.Cli.Reports;

/// <summary>Prints findings as a readable list or as <c>{"findings": [...]}</c>.</summary>
public static class FindingsOutput
{
    /// <summary>Writes the canonical finding layout.</summary>
    public static void WriteJson(IAnsiConsole console, IEnumerable<Finding> findings)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, AnnualReportJsonWriter.Options))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("findings");
            foreach (var finding in findings)
            {
                FindingJson.Write(writer, finding);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        console.Profile.Out.Writer.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    /// <summary>Writes one line per finding and a summary.</summary>
    public static void WriteText(IAnsiConsole console, AnnualReport report, IReadOnlyList<Finding> findings)
    {
        var errors = findings.Count(f => f.Severity == FindingSeverity.Error);
        console.MarkupLine($"[bold]{Markup.Escape(report.Title)}[/]（{report.Definition.JsonName} 年格式）");
        foreach (var f in findings)
        {
            var tag = f.Severity == FindingSeverity.Error ? "[red]错误[/]" : "[yellow]提示[/]";
            console.MarkupLine($"{tag} {Markup.Escape(f.Rule)} {Markup.Escape(f.Where)}：{Markup.Escape(f.Message)}");
        }

        console.MarkupLine(findings.Count == 0
            ? "[green]未发现问题（no findings）[/]"
            : $"共 {errors} 个错误、{findings.Count - errors} 个提示（{errors} errors, {findings.Count - errors} warnings）");
    }
}
