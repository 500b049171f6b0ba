using System.Globalization;

namespace OpenGovInfo.Documents.Writing;

/// <summary>
/// How every renderer prints a table value: invariant digits without grouping (the national tables print none),
/// amounts in 万元 with the decimals as given, and <see cref="Unknown"/> for an unknown value — never a made-up 0.
/// A visible mark rather than a blank cell: a reader sees that the value is missing, and in PDF text (which has no
/// cell borders) the mark keeps the positions of the cells after it, so a rendered report reads back exactly.
/// </summary>
internal static class CellText
{
    /// <summary>The mark printed for a value that is not known (not printed in the source, or unreadable).</summary>
    public const string Unknown = "—";

    /// <summary>A Table 3 or Table 4 count.</summary>
    public static string Count(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? Unknown;

    /// <summary>A Table 2 value (count or 万元 amount); decimal keeps the scale it was read with.</summary>
    public static string Amount(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? Unknown;
}
