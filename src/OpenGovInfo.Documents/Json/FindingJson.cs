using System.Text.Json;
using OpenGovInfo.Domain.AnnualReports;

namespace OpenGovInfo.Documents.Json;

/// <summary>The canonical finding layout: <c>{rule, severity, where, message}</c>.</summary>
public static class FindingJson
{
    /// <summary>Writes one finding as an object.</summary>
    public static void Write(Utf8JsonWriter writer, Finding finding)
    {
        writer.WriteStartObject();
        writer.WriteString("rule", finding.Rule);
        writer.WriteString("severity", SeverityName(finding.Severity));
        writer.WriteString("where", finding.Where);
        writer.WriteString("message", finding.Message);
        writer.WriteEndObject();
    }

    /// <summary>The JSON name of a severity.</summary>
    public static string SeverityName(FindingSeverity severity) =>
        severity == FindingSeverity.Error ? "error" : "warning";

    internal static void Read(JsonElement root, AnnualReport report, List<JsonReadError> errors)
    {
        if (!root.TryGetProperty("findings", out var findings) || findings.ValueKind == JsonValueKind.Null)
        {
            return;
        }

        if (findings.ValueKind != JsonValueKind.Array)
        {
            errors.Add(new("$.findings", $"应为数组，实际为 {AnnualReportJsonReader.Kind(findings)}"));
            return;
        }

        var i = 0;
        foreach (var f in findings.EnumerateArray())
        {
            var path = $"$.findings[{i++}]";
            var rule = Text(f, "rule");
            var where = Text(f, "where");
            var severity = Text(f, "severity");
            if (rule is null || where is null || severity is not ("error" or "warning"))
            {
                errors.Add(new(path, "应为 {rule, severity: \"error\"|\"warning\", where, message} 对象"));
                continue;
            }

            report.Findings.Add(new Finding(rule,
                severity == "error" ? FindingSeverity.Error : FindingSeverity.Warning, where, Text(f, "message") ?? ""));
        }
    }

    private static string? Text(JsonElement e, string key) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.String
            ? v.GetString()
            : null;
}
