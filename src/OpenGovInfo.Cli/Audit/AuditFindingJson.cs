using System.Text.Json;
using OpenGovInfo.Domain.AnnualReports.Audit;

namespace OpenGovInfo.Cli.Audit;

/// <summary>
/// The audit findings of one report in the JSON output: <c>id</c> (fingerprint, for verdicts), <c>rule</c>,
/// <c>catalogue</c> (the audit-criteria.md id the rule answers), <c>severity</c> (error|warning|info),
/// <c>uncertain</c>, <c>key</c>, <c>message</c>, <c>evidence</c> [{cell, value, page, line, excerpt}] and
/// <c>verdict</c> ({decision, reason, by, on} or null).
/// </summary>
internal static class AuditFindingJson
{
    /// <summary>Writes the array.</summary>
    public static void Write(Utf8JsonWriter writer, IReadOnlyList<AuditFinding> findings, string contentHash, IReadOnlyDictionary<string, Verdict> verdicts)
    {
        writer.WriteStartArray();
        foreach (var f in findings)
        {
            var id = f.Fingerprint(contentHash);
            writer.WriteStartObject();
            writer.WriteString("id", id);
            writer.WriteString("rule", f.Rule);
            writer.WriteString("catalogue", AuditCatalogue.Of(f.Rule));
            writer.WriteString("severity", Severity(f.Severity));
            writer.WriteBoolean("uncertain", f.Uncertain);
            writer.WriteString("key", f.Key);
            writer.WriteString("message", f.Message);
            writer.WriteStartArray("evidence");
            foreach (var e in f.Evidence)
            {
                writer.WriteStartObject();
                writer.WriteString("cell", e.Cell);
                writer.WriteString("value", e.Value);
                WriteNumber(writer, "page", e.Page);
                WriteNumber(writer, "line", e.Line);
                writer.WriteString("excerpt", e.Excerpt);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WritePropertyName("verdict");
            if (verdicts.TryGetValue(id, out var v))
            {
                writer.WriteStartObject();
                writer.WriteString("decision", v.Decision == VerdictDecision.Accept ? "accept" : "dismiss");
                writer.WriteString("reason", v.Reason);
                writer.WriteString("by", v.By);
                writer.WriteString("on", v.On.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                writer.WriteEndObject();
            }
            else
            {
                writer.WriteNullValue();
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>The JSON name of a severity.</summary>
    public static string Severity(AuditSeverity severity) => severity switch
    {
        AuditSeverity.Error => "error",
        AuditSeverity.Warning => "warning",
        _ => "info",
    };

    private static void WriteNumber(Utf8JsonWriter writer, string name, int? value)
    {
        if (value is { } v)
        {
            writer.WriteNumber(name, v);
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
