using System.Text.Json;
using OpenGovInfo.Documents.Json;
using OpenGovInfo.Documents.Reading;

namespace OpenGovInfo.Cli.Audit;

/// <summary>
/// JSON output: an array with one object per input file, in input order — <c>source</c>, <c>status</c>
/// (<c>read</c> | <c>failed</c>), <c>reason</c> (Chinese, null when read), <c>failure</c> (the kind, for machines) and
/// <c>report</c> (the canonical report, null when failed). Each entry is serialised on its own core; the file is
/// written in order.
/// </summary>
internal static class AuditJson
{
    /// <summary>Writes the file.</summary>
    public static void Write(string path, IReadOnlyList<ReportReadResult> results)
    {
        var entries = results.AsParallel().AsOrdered().Select(Entry).ToArray();
        using var stream = File.Create(path);
        stream.Write("[\n"u8);
        for (var i = 0; i < entries.Length; i++)
        {
            stream.Write(entries[i]);
            stream.Write(i + 1 < entries.Length ? ",\n"u8 : "\n"u8);
        }

        stream.Write("]\n"u8);
    }

    /// <summary>One file's entry as UTF-8 JSON.</summary>
    public static byte[] Entry(ReportReadResult result)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, AnnualReportJsonWriter.Options))
        {
            writer.WriteStartObject();
            writer.WriteString("source", result.Source);
            writer.WriteString("status", AuditStatus.Of(result));
            writer.WriteString("reason", AuditStatus.Reason(result));
            writer.WriteString("failure", result.Succeeded ? null : result.Failure.ToString());
            writer.WritePropertyName("report");
            if (result.Succeeded)
            {
                AnnualReportJsonWriter.Write(writer, result.Report!);
            }
            else
            {
                writer.WriteNullValue();
            }

            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
