namespace OpenGovInfo.Domain.AnnualReports.Rules;

/// <summary>Guesses from a body's name whether it may make 规章 (立法法 第九十一、九十三条).</summary>
public static class RuleMakingPower
{
    /// <summary>
    /// True for provincial and city governments and national ministries, false for departments of local
    /// governments, counties, districts, townships and street offices, null when the name says too little.
    /// A 市人民政府 may be a county-level city, so it counts as possibly empowered (no warning).
    /// </summary>
    public static bool? Of(string? agency)
    {
        if (string.IsNullOrWhiteSpace(agency))
        {
            return null;
        }

        var name = agency.Trim();
        var paren = name.IndexOfAny(['（', '(']);
        if (paren > 0)
        {
            name = name[..paren];
        }

        if (name.StartsWith("国家", StringComparison.Ordinal) || name.StartsWith("中华人民共和国", StringComparison.Ordinal))
        {
            return true;
        }

        if (name.EndsWith("人民政府", StringComparison.Ordinal))
        {
            var place = name[..^4];
            return place.EndsWith('省') || place.EndsWith("自治区", StringComparison.Ordinal) || place.EndsWith('市')
                || place.EndsWith("自治州", StringComparison.Ordinal)
                ? true
                : place.EndsWith('县') || place.EndsWith('区') || place.EndsWith('乡') || place.EndsWith('镇') ? false : null;
        }

        return name.EndsWith('局') || name.EndsWith('委') || name.EndsWith("委员会", StringComparison.Ordinal)
            || name.EndsWith("办公室", StringComparison.Ordinal) || name.EndsWith("街道办事处", StringComparison.Ordinal)
            || name.EndsWith('厅') || name.EndsWith("中心", StringComparison.Ordinal)
            ? false
            : null;
    }
}
