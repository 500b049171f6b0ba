namespace OpenGovInfo.Domain.AnnualReports.Audit;

/// <summary>
/// Whether two printed names can be the same body: equal after normalisation, one contained in the other
/// (平桥区工信局 / 工信局), or the shorter an abbreviation whose characters appear in order in the longer
/// (工信局 in 科学技术和工业信息化局).
/// </summary>
public static class AgencyNames
{
    /// <summary>The same name after normalisation (and without the bracketed notes some titles carry).</summary>
    public static bool Same(string a, string b) => Key(a) == Key(b);

    /// <summary>The names can denote the same body.</summary>
    public static bool Compatible(string a, string b)
    {
        var (x, y) = (Key(a), Key(b));
        if (x.Length == 0 || y.Length == 0)
        {
            return false;
        }

        var (shorter, longer) = x.Length <= y.Length ? (x, y) : (y, x);
        return longer.Contains(shorter, StringComparison.Ordinal) || IsAbbreviation(shorter, longer);
    }

    /// <summary>Normalised name without bracketed notes.</summary>
    public static string Key(string name)
    {
        var key = LabelText.Normalize(name);
        var open = key.IndexOf('(', StringComparison.Ordinal);
        return open > 1 ? key[..open] : key;
    }

    private static bool IsAbbreviation(string shorter, string longer)
    {
        // The last character (局, 委, 办, 政府) must agree; the others must appear in order.
        if (shorter.Length < 2 || shorter[^1] != longer[^1])
        {
            return false;
        }

        var at = 0;
        foreach (var c in shorter)
        {
            at = longer.IndexOf(c, at);
            if (at < 0)
            {
                return false;
            }

            at++;
        }

        return true;
    }
}
