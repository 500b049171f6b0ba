using System.Globalization;
using System.Text.Json;
using OpenGovInfo.Domain.AnnualReports;

namespace OpenGovInfo.Documents.Json;

/// <summary>
/// Reads the canonical JSON of a report. Every problem is reported with its JSON path and a Chinese message;
/// nothing throws for bad input. Unknown top-level keys are ignored (truth files carry extra notes); unknown codes
/// inside the tables are errors.
/// </summary>
public static class AnnualReportJsonReader
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 16, CommentHandling = JsonCommentHandling.Skip };

    /// <summary>Reads a report from a file.</summary>
    public static JsonReadResult ReadFile(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return Fail("$", $"找不到文件：{path}");
            }

            return info.Length > AnnualReportJson.MaxBytes
                ? Fail("$", $"文件过大（{info.Length} 字节，上限 {AnnualReportJson.MaxBytes} 字节）")
                : Read(File.ReadAllBytes(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail("$", $"无法读取文件：{e.Message}");
        }
    }

    /// <summary>Reads a report from JSON text.</summary>
    public static JsonReadResult Read(string json) => Read(System.Text.Encoding.UTF8.GetBytes(json));

    /// <summary>Reads a report from UTF-8 JSON bytes.</summary>
    public static JsonReadResult Read(ReadOnlyMemory<byte> utf8)
    {
        if (utf8.Length > AnnualReportJson.MaxBytes)
        {
            return Fail("$", $"JSON 过大（{utf8.Length} 字节，上限 {AnnualReportJson.MaxBytes} 字节）");
        }

        try
        {
            using var doc = JsonDocument.Parse(utf8, Options);
            var errors = new List<JsonReadError>();
            var report = ReadRoot(doc.RootElement, errors);
            return errors.Count == 0 ? new JsonReadResult(report, errors) : new JsonReadResult(null, errors);
        }
        catch (JsonException e)
        {
            return Fail(e.Path ?? "$",
                $"不是有效的 JSON（第 {e.LineNumber + 1} 行第 {e.BytePositionInLine + 1} 个字节附近）：{FirstLine(e.Message)}");
        }
    }

    private static AnnualReport? ReadRoot(JsonElement root, List<JsonReadError> errors)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new("$", $"报告应为 JSON 对象，实际为 {Kind(root)}"));
            return null;
        }

        if (!root.TryGetProperty("schema", out var schema) || schema.ValueKind != JsonValueKind.String
            || schema.GetString() != AnnualReportJson.Schema)
        {
            errors.Add(new("$.schema", $"应为 \"{AnnualReportJson.Schema}\""));
        }

        var formatName = root.TryGetProperty("format", out var f) && f.ValueKind == JsonValueKind.String ? f.GetString() : null;
        if (NationalFormats.FromJsonName(formatName) is not { } format)
        {
            errors.Add(new("$.format", "应为 \"2021\"（国办公开办函〔2021〕30号）或 \"2019\"（试行格式）"));
            return null;
        }

        var report = new AnnualReport(format.Id)
        {
            Agency = OptionalString(root, "agency", "$.agency", errors),
            Year = OptionalYear(root, errors),
            Source = OptionalString(root, "source", "$.source", errors),
        };
        TableJsonReader.ReadProactive(root, report, errors);
        TableJsonReader.ReadApplications(root, report, errors);
        TableJsonReader.ReadReviewLitigation(root, report, errors);
        ReadSections(root, report, errors);
        FindingJson.Read(root, report, errors);
        return report;
    }

    private static string? OptionalString(JsonElement root, string key, string path, List<JsonReadError> errors)
    {
        if (!root.TryGetProperty(key, out var v) || v.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (v.ValueKind != JsonValueKind.String)
        {
            errors.Add(new(path, $"应为字符串或 null，实际为 {Kind(v)}"));
            return null;
        }

        return v.GetString();
    }

    private static int? OptionalYear(JsonElement root, List<JsonReadError> errors)
    {
        if (!root.TryGetProperty("year", out var v) || v.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var year) && year is >= 2000 and <= 2200)
        {
            return year;
        }

        errors.Add(new("$.year", $"应为 2000–2200 之间的整数年份，实际为 {v.GetRawText()}"));
        return null;
    }

    private static void ReadSections(JsonElement root, AnnualReport report, List<JsonReadError> errors)
    {
        if (!root.TryGetProperty("sections", out var sections) || sections.ValueKind == JsonValueKind.Null)
        {
            return;
        }

        if (sections.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new("$.sections", $"应为对象，实际为 {Kind(sections)}"));
            return;
        }

        foreach (var p in sections.EnumerateObject())
        {
            if (p.Value.ValueKind == JsonValueKind.String)
            {
                report.Sections[p.Name] = p.Value.GetString()!; // !: GetString is null only for a JSON null.
            }
            else if (p.Value.ValueKind != JsonValueKind.Null)
            {
                errors.Add(new(AnnualReportJson.Prop("$.sections", p.Name), $"应为字符串，实际为 {Kind(p.Value)}"));
            }
        }
    }

    internal static string Kind(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object => "对象",
        JsonValueKind.Array => "数组",
        JsonValueKind.String => $"字符串 {e.GetRawText()}",
        JsonValueKind.Number => $"数字 {e.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => $"布尔值 {e.GetRawText()}",
        JsonValueKind.Null => "null",
        _ => "未知值",
    };

    private static JsonReadResult Fail(string path, string message) => new(null, [new JsonReadError(path, message)]);

    private static string FirstLine(string message) =>
        message.Split('\n', 2)[0].Trim().ToString(CultureInfo.InvariantCulture);
}
