using System.Text.Json;
using OpenGovInfo.Documents.Reading;
using OpenGovInfo.Domain.AnnualReports;

namespace OpenGovInfo.Documents.Json;

/// <summary>Reads the three tables of the canonical JSON, checking every code against the report's format.</summary>
internal static class TableJsonReader
{
    public static void ReadProactive(JsonElement root, AnnualReport report, List<JsonReadError> errors)
    {
        var format = report.Definition;
        if (!TryObject(root, "proactive", "$.proactive", errors, out var proactive))
        {
            report.Proactive = null;
            return;
        }

        var table = ReportTables.Proactive(report);
        foreach (var p in proactive.EnumerateObject())
        {
            if (format.BlockOf(p.Name) is null)
            {
                errors.Add(new(AnnualReportJson.Prop("$.proactive", p.Name), UnknownCode("第二部分事项", p.Name, format)));
            }
        }

        foreach (var item in format.ProactiveItems)
        {
            var path = AnnualReportJson.Prop("$.proactive", item.Code);
            var measures = format.Block(item.Code).Measures;
            if (!proactive.TryGetProperty(item.Code, out var values))
            {
                errors.Add(new(path, $"缺少事项“{item.Label}”（{item.Code}）；未读到时应写 null"));
                continue;
            }

            if (values.ValueKind == JsonValueKind.Null)
            {
                table.SetValues(item.Code, null);
                continue;
            }

            if (values.ValueKind != JsonValueKind.Object)
            {
                errors.Add(new(path, $"应为对象或 null，实际为 {AnnualReportJsonReader.Kind(values)}"));
                continue;
            }

            foreach (var p in values.EnumerateObject().Where(p => measures.All(m => m.Code != p.Name)))
            {
                errors.Add(new(AnnualReportJson.Prop(path, p.Name),
                    $"“{item.Label}”没有指标 {p.Name}；应为 {string.Join("、", measures.Select(m => m.Code))}"));
            }

            foreach (var measure in measures)
            {
                var mPath = AnnualReportJson.Prop(path, measure.Code);
                if (!values.TryGetProperty(measure.Code, out var v))
                {
                    errors.Add(new(mPath, $"缺少指标“{measure.Label}”（{measure.Code}）；未读到时应写 null"));
                }
                else
                {
                    table[item.Code, measure.Code] = JsonNumbers.Proactive(v, measure, mPath, errors);
                }
            }
        }
    }

    public static void ReadApplications(JsonElement root, AnnualReport report, List<JsonReadError> errors)
    {
        var format = report.Definition;
        if (!TryObject(root, "applications", "$.applications", errors, out var applications))
        {
            report.Applications = null;
            return;
        }

        CheckColumns(applications, errors);
        if (!applications.TryGetProperty("rows", out var rows) || rows.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new("$.applications.rows", "缺少 rows 对象（第三部分各行）"));
            return;
        }

        foreach (var p in rows.EnumerateObject().Where(p => format.RowIndexOf(p.Name) < 0))
        {
            var other = NationalFormats.All.FirstOrDefault(f => f != format && f.RowIndexOf(p.Name) >= 0);
            errors.Add(new(AnnualReportJson.Prop("$.applications.rows", p.Name), other is null
                ? UnknownCode("第三部分行", p.Name, format)
                : $"行 {p.Name} 属于 {other.JsonName} 年格式，不属于本报告的 {format.JsonName} 年格式"));
        }

        foreach (var row in format.ApplicationRows)
        {
            var path = AnnualReportJson.Prop("$.applications.rows", row.Code);
            if (!rows.TryGetProperty(row.Code, out var cells))
            {
                errors.Add(new(path, $"缺少行“{row.Label}”（{row.Code}）；未读到时应写 null"));
                continue;
            }

            ReportTables.Applications(report).SetRow(row.Code, JsonNumbers.Row(cells, TableLayouts.ColumnCount, path, errors));
        }
    }

    public static void ReadReviewLitigation(JsonElement root, AnnualReport report, List<JsonReadError> errors)
    {
        if (!TryObject(root, "review_litigation", "$.review_litigation", errors, out var review))
        {
            report.ReviewLitigation = null;
            return;
        }

        foreach (var p in review.EnumerateObject().Where(p => TableLayouts.ReviewGroups.All(g => g.Code != p.Name)))
        {
            errors.Add(new(AnnualReportJson.Prop("$.review_litigation", p.Name),
                $"未知的第四部分分组 {p.Name}；应为 {string.Join("、", TableLayouts.ReviewGroups.Select(g => g.Code))}"));
        }

        foreach (var group in TableLayouts.ReviewGroups)
        {
            var path = AnnualReportJson.Prop("$.review_litigation", group.Code);
            if (!review.TryGetProperty(group.Code, out var g))
            {
                errors.Add(new(path, $"缺少分组“{group.Label}”（{group.Code}）；未读到时应写 null"));
                continue;
            }

            ReportTables.ReviewLitigation(report).SetGroup(group.Code, JsonNumbers.ReviewGroup(g, path, errors));
        }
    }

    private static void CheckColumns(JsonElement applications, List<JsonReadError> errors)
    {
        if (!applications.TryGetProperty("columns", out var columns))
        {
            return;
        }

        var expected = TableLayouts.Columns.Select(c => c.Code).ToArray();
        var actual = columns.ValueKind == JsonValueKind.Array
            ? columns.EnumerateArray().Select(c => c.ValueKind == JsonValueKind.String ? c.GetString() : null).ToArray()
            : [];
        if (!actual.SequenceEqual(expected))
        {
            errors.Add(new("$.applications.columns", $"应为 [{string.Join(", ", expected.Select(c => $"\"{c}\""))}]"));
        }
    }

    private static bool TryObject(JsonElement root, string key, string path, List<JsonReadError> errors, out JsonElement value)
    {
        if (!root.TryGetProperty(key, out value))
        {
            errors.Add(new(path, "缺少该部分；未读到时应写 null"));
            return false;
        }

        if (value.ValueKind == JsonValueKind.Object)
        {
            return true;
        }

        if (value.ValueKind != JsonValueKind.Null)
        {
            errors.Add(new(path, $"应为对象或 null，实际为 {AnnualReportJsonReader.Kind(value)}"));
        }

        return false;
    }

    private static string UnknownCode(string what, string code, AnnualReportFormat format) =>
        $"未知的{what}代码 {code}（{format.JsonName} 年格式）";
}
