using System.Text;

namespace OpenGovInfo.Domain.Applications.Applicants;

/// <summary>Normalisation shared by the applicant checks: what people type into a form is not what the law's formats say.</summary>
public static class ApplicantText
{
    /// <summary>NFKC (full-width digits and letters to ASCII), then every space and dash removed: for numbers and codes.</summary>
    public static string Compact(string? text)
    {
        var normalised = (text ?? string.Empty).Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(normalised.Length);
        foreach (var c in normalised)
        {
            if (!char.IsWhiteSpace(c) && c != '-' && c != '\u2010' && c != '\u2212')
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>NFKC and trimmed, inner spaces kept: for names and free text.</summary>
    public static string Clean(string? text) => (text ?? string.Empty).Normalize(NormalizationForm.FormKC).Trim();
}
