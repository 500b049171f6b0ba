using System.Text.Json;
using OpenGovInfo.Documents.Json;
using OpenGovInfo.Documents.Reading;

namespace OpenGovInfo.Cli.Audit;

/// <summary>JSON output: an array of canonical reports (each with its <c>source</c>), in input order.</summary>
internal static class AuditJson
{
    /// <summary>Writes the file.</summary>
    public static void Write(string path, IEnumerable<ReportReadResult> results)
    {
        using var stream = File.Create(path);
        using var writer = new Utf8JsonWriter(stream, AnnualReportJsonWriter.Options);
        writer.WriteStartArray();
        foreach (var result in results.Where(r => r.Succeeded))
        {
            AnnualReportJsonWriter.Write(writer, result.Report!);
        }

        writer.WriteEndArray();
    }
}
