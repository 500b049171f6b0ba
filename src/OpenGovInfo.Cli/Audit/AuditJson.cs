using System.Text.Json;
using OpenGovInfo.Documents.Auditing;
using OpenGovInfo.Documents.Json;
using OpenGovInfo.Domain.AnnualReports.Audit;
using OpenGovInfo.Documents.Reading;

namespace OpenGovInfo.Cli.Audit;

/// <summary>
/// JSON output: an array with one object per input file, in input order — <c>source</c>, <c>status</c>
/// (<c>read</c> | <c>failed</c>), <c>reason</c> (Chinese, null when read), <c>failure</c> (the kind, for machines) and
/// <c>report</c> (the canonical report, null when failed), <c>content_hash</c> and <c>audit</c> (the audit findings,
/// <see cref="AuditFindingJson"/>). Each entry is serialised on its own core; the file is
/// written in order.
/// </summary>
internal static class AuditJson
{
    /// <summary>Writes the file.</summary>
    public static void Write(string path, IReadOnlyList<AuditedReport> run, IReadOnlyDictionary<string, Verdict> verdicts)
    {
        var entries = run.AsParallel().AsOrdered().Select(r => Entry(r, verdicts)).ToArray();
        using var stream = File.Create(path);
        stream.Write("[\n"u8);
        for (var i = 0; i < entries.Length; i++)
        {
            stream.Write(entries[i]);
            stream.Write(i + 1 < entries.Length ? ",\n"u8 : "\n"u8);
        }

        stream.Write("]\n"u8);
    }

    /// <summary>The district findings (I1, I2) as a JSON array of findings.</summary>
    public static void WriteDistrict(string path, IReadOnlyList<AuditFinding> district)
    {
        using var stream = File.Create(path);
        using var writer = new Utf8JsonWriter(stream, AnnualReportJsonWriter.Options);
        AuditFindingJson.Write(writer, district, "district", new Dictionary<string, Verdict>(StringComparer.Ordinal));
    }

    /// <summary>One file's entry as UTF-8 JSON.</summary>
    public static byte[] Entry(AuditedReport audited, IReadOnlyDictionary<string, Verdict> verdicts)
    {
        var result = audited.Result;
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
                AnnualReportJsonWriter.Write(writer, result.Report);
            }
            else
            {
                writer.WriteNullValue();
            }

            writer.WriteString("content_hash", result.ContentHash);
            writer.WritePropertyName("audit");
            AuditFindingJson.Write(writer, audited.Findings, result.ContentHash ?? "", verdicts);
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
