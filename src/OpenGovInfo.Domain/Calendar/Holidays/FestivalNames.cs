namespace OpenGovInfo.Domain.Calendar.Holidays;

/// <summary>The festivals' names as the State Council's notices print them.</summary>
public static class FestivalNames
{
    private static readonly Dictionary<string, Festival> ByName = new(StringComparer.Ordinal)
    {
        ["元旦"] = Festival.NewYear,
        ["春节"] = Festival.SpringFestival,
        ["清明节"] = Festival.Qingming,
        ["清明"] = Festival.Qingming,
        ["劳动节"] = Festival.LabourDay,
        ["五一劳动节"] = Festival.LabourDay,
        ["“五一”劳动节"] = Festival.LabourDay,
        ["端午节"] = Festival.DragonBoat,
        ["端午"] = Festival.DragonBoat,
        ["中秋节"] = Festival.MidAutumn,
        ["中秋"] = Festival.MidAutumn,
        ["国庆节"] = Festival.NationalDay,
        ["国庆"] = Festival.NationalDay,
    };

    /// <summary>The name printed in notices and in the calendar CSV, e.g. 清明节.</summary>
    public static string Of(Festival festival) => festival switch
    {
        Festival.NewYear => "元旦",
        Festival.SpringFestival => "春节",
        Festival.Qingming => "清明节",
        Festival.LabourDay => "劳动节",
        Festival.DragonBoat => "端午节",
        Festival.MidAutumn => "中秋节",
        Festival.NationalDay => "国庆节",
        _ => throw new ArgumentOutOfRangeException(nameof(festival), festival, null),
    };

    /// <summary>The festival a printed name denotes (short and long forms accepted), or null.</summary>
    public static Festival? Parse(string name) =>
        ByName.TryGetValue(name.Trim(), out var festival) ? festival : null;

    /// <summary>Every festival named in <paramref name="text"/>, in the order they appear (e.g. the title of an amendment).</summary>
    public static IReadOnlyList<Festival> FindIn(string text)
    {
        var found = new List<(int Index, Festival Festival)>();
        foreach (var festival in Enum.GetValues<Festival>())
        {
            var index = text.IndexOf(Of(festival), StringComparison.Ordinal);
            if (index < 0 && festival is Festival.Qingming or Festival.DragonBoat or Festival.MidAutumn or Festival.NationalDay)
            {
                index = text.IndexOf(Of(festival)[..^1], StringComparison.Ordinal);
            }

            if (index >= 0)
            {
                found.Add((index, festival));
            }
        }

        return [.. found.OrderBy(f => f.Index).Select(f => f.Festival)];
    }
}
