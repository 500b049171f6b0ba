using System.Text.Json;
using OpenGovInfo.Domain.AnnualReports;

namespace OpenGovInfo.Documents.Json;

/// <summary>Reads cells: integers ≥ 0 for counts, decimals ≥ 0 for amounts, signed where the format says so.</summary>
internal static class JsonNumbers
{
    public static int?[]? Row(JsonElement cells, int count, string path, List<JsonReadError> errors)
    {
        if (cells.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (cells.ValueKind != JsonValueKind.Array || cells.GetArrayLength() != count)
        {
            errors.Add(new(path, $"应为 {count} 个数的数组（自然人…总计）或 null，实际为 {Describe(cells)}"));
            return null;
        }

        var row = new int?[count];
        var i = 0;
        foreach (var cell in cells.EnumerateArray())
        {
            row[i] = Count(cell, $"{path}[{i}]", errors);
            i++;
        }

        return row;
    }

    public static int?[]? ReviewGroup(JsonElement group, string path, List<JsonReadError> errors)
    {
        if (group.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (group.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new(path, $"应为对象或 null，实际为 {AnnualReportJsonReader.Kind(group)}"));
            return null;
        }

        foreach (var p in group.EnumerateObject().Where(p => TableLayouts.ReviewMeasures.All(m => m.Code != p.Name)))
        {
            errors.Add(new(AnnualReportJson.Prop(path, p.Name),
                $"未知的结果代码 {p.Name}；应为 {string.Join("、", TableLayouts.ReviewMeasures.Select(m => m.Code))}"));
        }

        var cells = new int?[ReviewLitigationTable.MeasureCount];
        for (var m = 0; m < cells.Length; m++)
        {
            var measure = TableLayouts.ReviewMeasures[m];
            var mPath = AnnualReportJson.Prop(path, measure.Code);
            if (group.TryGetProperty(measure.Code, out var v))
            {
                cells[m] = Count(v, mPath, errors);
            }
            else
            {
                errors.Add(new(mPath, $"缺少“{measure.Label}”（{measure.Code}）；未读到时应写 null"));
            }
        }

        return cells;
    }

    public static int? Count(JsonElement v, string path, List<JsonReadError> errors)
    {
        if (v.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var n) && n >= 0)
        {
            return n;
        }

        errors.Add(new(path, $"应为非负整数或 null，实际为 {AnnualReportJsonReader.Kind(v)}"));
        return null;
    }

    public static decimal? Proactive(JsonElement v, ProactiveMeasure measure, string path, List<JsonReadError> errors)
    {
        if (v.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (v.ValueKind == JsonValueKind.Number && v.TryGetDecimal(out var d)
            && (measure.IsSigned || d >= 0) && (measure.IsDecimal || decimal.Truncate(d) == d))
        {
            return d;
        }

        var expected = (measure.IsDecimal, measure.IsSigned) switch
        {
            (true, _) => "非负数（单位：万元）",
            (false, true) => "整数（减少写负数）",
            _ => "非负整数",
        };
        errors.Add(new(path, $"“{measure.Label}”应为{expected}或 null，实际为 {AnnualReportJsonReader.Kind(v)}"));
        return null;
    }

    private static string Describe(JsonElement e) => e.ValueKind == JsonValueKind.Array
        ? $"{e.GetArrayLength()} 个元素的数组"
        : AnnualReportJsonReader.Kind(e);
}
