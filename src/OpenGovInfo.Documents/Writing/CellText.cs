using System.Globalization;

namespace OpenGovInfo.Documents.Writing;

/// <summary>
/// How every renderer prints a table value: invariant digits without grouping (the national tables print none),
/// amounts in 万元 with the decimals as given, and an empty cell for an unknown value — never a made-up 0.
/// </summary>
internal static class CellText
{
    /// <summary>A Table 3 or Table 4 count.</summary>
    public static string Count(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    /// <summary>A Table 2 value (count or 万元 amount); decimal keeps the scale it was read with.</summary>
    public static string Amount(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";
}
