using System.Globalization;

namespace OpenGovInfo.Domain.Applications.Applicants;

/// <summary>
/// How applicants' personal data appear in lists and anywhere a full view is not needed: <c>4113**********1234</c>,
/// <c>138****5678</c>, <c>张*</c>. Names are cut by text element, so a surname outside the BMP stays whole.
/// </summary>
public static class PersonalDataMask
{
    /// <summary>First four and last four characters of a document number or code; shorter ones keep only the last two.</summary>
    public static string Number(string? value)
    {
        var text = ApplicantText.Compact(value);
        if (text.Length == 0)
        {
            return string.Empty;
        }

        return text.Length >= 12
            ? string.Concat(text.AsSpan(0, 4), new string('*', text.Length - 8), text.AsSpan(text.Length - 4))
            : string.Concat(new string('*', Math.Max(text.Length - 2, 1)), text.AsSpan(Math.Max(text.Length - 2, 1)));
    }

    /// <summary>A phone: first three and last four digits.</summary>
    public static string Phone(string? value)
    {
        var text = ApplicantText.Compact(value);
        return text.Length >= 8
            ? string.Concat(text.AsSpan(0, 3), new string('*', text.Length - 7), text.AsSpan(text.Length - 4))
            : new string('*', text.Length);
    }

    /// <summary>A person's name: the first text element and one star per further element.</summary>
    public static string Name(string? value)
    {
        var text = ApplicantText.Clean(value);
        var elements = new StringInfo(text);
        return elements.LengthInTextElements switch
        {
            0 => string.Empty,
            1 => "*",
            var n => elements.SubstringByTextElements(0, 1) + new string('*', n - 1),
        };
    }

    /// <summary>An e-mail address: the first character of the local part, then the domain.</summary>
    public static string Email(string? value)
    {
        var text = ApplicantText.Clean(value);
        var at = text.IndexOf('@', StringComparison.Ordinal);
        return at <= 0 ? new string('*', text.Length) : string.Concat(text.AsSpan(0, 1), "***", text.AsSpan(at));
    }
}
