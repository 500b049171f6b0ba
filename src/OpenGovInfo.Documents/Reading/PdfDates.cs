using System.Globalization;

namespace OpenGovInfo.Documents.Reading;

/// <summary>The date part of a PDF date string ("D:20240125103000+08'00'"), or null when it is not one.</summary>
internal static class PdfDates
{
    /// <summary>The calendar date as written (the creator's local date, which for Chinese agencies is Beijing time).</summary>
    public static DateOnly? Parse(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var digits = value.StartsWith("D:", StringComparison.Ordinal) ? value[2..] : value;
        return digits.Length >= 8 && DateOnly.TryParseExact(digits[..8], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : null;
    }
}
