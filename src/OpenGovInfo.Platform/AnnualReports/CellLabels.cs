using OpenGovInfo.Domain.AnnualReports;
using OpenGovInfo.Domain.Publishing;

namespace OpenGovInfo.Platform.AnnualReports;

/// <summary>What people read for a cell key: “表三 （一）予以公开 · 自然人”.</summary>
public static class CellLabels
{
    /// <summary>The Chinese description of <paramref name="key"/> (the key itself when it names no cell).</summary>
    public static string Describe(string key)
    {
        var format = NationalFormats.Format2021;
        var parts = key.Split('.');
        switch (parts)
        {
            case ["applications", .. var rest] when rest.Length >= 2 && format.RowIndexOf(string.Join('.', rest[..^1])) is var r and >= 0
                                                     && CellKeys.ColumnIndex(rest[^1]) is { } c:
                var row = format.ApplicationRows[r];
                return $"表三 {(row.Category is { } cat ? cat.Label + " " : "")}{row.Label} · {TableLayouts.Columns[c].Label}";
            case ["review_litigation", var g, var m]:
                var group = TableLayouts.ReviewGroups.FirstOrDefault(x => x.Code == g);
                var measure = TableLayouts.ReviewMeasures.FirstOrDefault(x => x.Code == m);
                return group is null || measure is null ? key : $"表四 {group.Label} · {measure.Label}";
            case ["proactive", var i, var m2] when format.BlockOf(i) is { } block:
                var item = block.Items.First(x => x.Code == i);
                var label = block.Measures.FirstOrDefault(x => x.Code == m2)?.Label ?? m2;
                return $"表二 {block.Title} {item.Label} · {label}";
            case ["published", var category]:
                return category == "all" ? "本年主动公开信息" : $"本年主动公开信息 · {InformationCategory.FromCode(category)?.Name ?? category}";
            default:
                return key;
        }
    }
}
