namespace OpenGovInfo.Domain.Calendar;

/// <summary>An inclusive range of dates.</summary>
/// <param name="First">The first date in the range.</param>
/// <param name="Last">The last date in the range (inclusive).</param>
public readonly record struct DateRange(DateOnly First, DateOnly Last)
{
    /// <summary>True when <paramref name="date"/> lies in the range.</summary>
    public bool Contains(DateOnly date) => date >= First && date <= Last;

    /// <inheritdoc />
    public override string ToString() =>
        First.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + "…"
        + Last.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
