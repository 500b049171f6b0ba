using System.Text.Encodings.Web;
using System.Text.Json;
using OpenGovInfo.Domain.AnnualReports;

namespace OpenGovInfo.Documents.Json;

/// <summary>Writes the canonical JSON of a report, in the key order of domain/report-json.md.</summary>
public static class AnnualReportJsonWriter
{
    /// <summary>Indented output that keeps Chinese readable (still escaping what HTML would need).</summary>
    public static JsonWriterOptions Options { get; } = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    /// <summary>The report as a JSON string.</summary>
    public static string Serialize(AnnualReport report)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            Write(writer, report);
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes the report as one JSON object.</summary>
    public static void Write(Utf8JsonWriter writer, AnnualReport report)
    {
        writer.WriteStartObject();
        writer.WriteString("schema", AnnualReportJson.Schema);
        WriteNullable(writer, "agency", report.Agency);
        if (report.Year is { } year)
        {
            writer.WriteNumber("year", year);
        }
        else
        {
            writer.WriteNull("year");
        }

        writer.WriteString("format", report.Definition.JsonName);
        if (report.Source is not null)
        {
            writer.WriteString("source", report.Source);
        }

        WriteProactive(writer, report);
        WriteApplications(writer, report);
        WriteReview(writer, report);
        WriteSections(writer, report);
        writer.WriteStartArray("findings");
        foreach (var finding in report.Findings)
        {
            FindingJson.Write(writer, finding);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteProactive(Utf8JsonWriter writer, AnnualReport report)
    {
        if (report.Proactive is not { } table)
        {
            writer.WriteNull("proactive");
            return;
        }

        writer.WriteStartObject("proactive");
        foreach (var block in report.Definition.ProactiveBlocks)
        {
            foreach (var item in block.Items)
            {
                if (table.Values(item.Code) is not { } values)
                {
                    writer.WriteNull(item.Code);
                    continue;
                }

                writer.WriteStartObject(item.Code);
                for (var m = 0; m < block.Measures.Count; m++)
                {
                    WriteNumber(writer, block.Measures[m].Code, values[m]);
                }

                writer.WriteEndObject();
            }
        }

        writer.WriteEndObject();
    }

    private static void WriteApplications(Utf8JsonWriter writer, AnnualReport report)
    {
        if (report.Applications is not { } table)
        {
            writer.WriteNull("applications");
            return;
        }

        writer.WriteStartObject("applications");
        writer.WriteStartArray("columns");
        foreach (var column in TableLayouts.Columns)
        {
            writer.WriteStringValue(column.Code);
        }

        writer.WriteEndArray();
        writer.WriteStartObject("rows");
        var rows = report.Definition.ApplicationRows;
        for (var r = 0; r < rows.Count; r++)
        {
            WriteCells(writer, rows[r].Code, table.RowAt(r));
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteReview(Utf8JsonWriter writer, AnnualReport report)
    {
        if (report.ReviewLitigation is not { } table)
        {
            writer.WriteNull("review_litigation");
            return;
        }

        writer.WriteStartObject("review_litigation");
        for (var g = 0; g < TableLayouts.ReviewGroups.Count; g++)
        {
            var code = TableLayouts.ReviewGroups[g].Code;
            if (table.GroupAt(g) is not { } cells)
            {
                writer.WriteNull(code);
                continue;
            }

            writer.WriteStartObject(code);
            for (var m = 0; m < cells.Length; m++)
            {
                WriteNumber(writer, TableLayouts.ReviewMeasures[m].Code, cells[m]);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static void WriteSections(Utf8JsonWriter writer, AnnualReport report)
    {
        if (report.Sections.Count == 0)
        {
            return;
        }

        writer.WriteStartObject("sections");
        foreach (var (key, text) in report.Sections)
        {
            writer.WriteString(key, text);
        }

        writer.WriteEndObject();
    }

    private static void WriteCells(Utf8JsonWriter writer, string name, int?[]? cells)
    {
        if (cells is null)
        {
            writer.WriteNull(name);
            return;
        }

        writer.WriteStartArray(name);
        foreach (var cell in cells)
        {
            if (cell is { } v)
            {
                writer.WriteNumberValue(v);
            }
            else
            {
                writer.WriteNullValue();
            }
        }

        writer.WriteEndArray();
    }

    private static void WriteNumber(Utf8JsonWriter writer, string name, decimal? value)
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

    private static void WriteNullable(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }
}
