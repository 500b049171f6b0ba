using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using OpenGovInfo.Platform.Applications;
using ApplicantMask = OpenGovInfo.Domain.Applications.Applicants.PersonalDataMask;
using TextMask = OpenGovInfo.Domain.Privacy.PersonalDataMask;

namespace OpenGovInfo.Platform.Audit;

/// <summary>
/// Property values as the audit trail keeps them: secrets never, an applicant's identity masked, and every text passed
/// through the platform's one number mask, so that an ID number typed into a free-text field is not kept in clear.
/// </summary>
internal static class AuditValues
{
    private const string Withheld = "（已隐去）";

    private static readonly JsonSerializerOptions Json = new()
    {
        // Chinese stays readable for supervisors; the JSON is stored, never embedded in HTML unescaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>Secrets of any table: password and token hashes, stamps, authenticator keys.</summary>
    private static readonly HashSet<string> SecretNames = new(StringComparer.Ordinal)
    {
        "PasswordHash", "SecurityStamp", "AccessKeyHash", "SubmissionTokenHash", "ApplicantKey", "Value", "TotpSecret",
        "AuthenticatorKey",
    };

    /// <summary>JSON of <paramref name="properties"/> read by <paramref name="read"/>, or null when there are none.</summary>
    public static string? ToJson(EntityEntry entry, IEnumerable<IProperty> properties, Func<IProperty, object?> read)
    {
        var values = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in properties)
        {
            values[property.Name] = Describe(entry, property, read(property));
        }

        return values.Count == 0 ? null : JsonSerializer.Serialize(values, Json);
    }

    /// <summary>
    /// JSON of values written outside the change tracker (<see cref="AuditBulkWrites"/>): secrets withheld and texts
    /// masked by the same rules, or null when there are none.
    /// </summary>
    public static string? ToJson(IReadOnlyDictionary<string, object?>? values)
    {
        if (values is null || values.Count == 0)
        {
            return null;
        }

        var described = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (name, value) in values)
        {
            described[name] = Describe(null, name, value);
        }

        return JsonSerializer.Serialize(described, Json);
    }

    private static object? Describe(EntityEntry entry, IProperty property, object? value) => Describe(entry.Entity, property.Name, value);

    private static object? Describe(object? entity, string name, object? value)
    {
        if (value is null)
        {
            return null;
        }

        if (value is byte[] bytes)
        {
            return $"（{bytes.Length} 字节）";
        }

        if (SecretNames.Contains(name) || name.EndsWith("Hash", StringComparison.Ordinal) || name.Contains("Secret", StringComparison.Ordinal))
        {
            return Withheld;
        }

        if (entity is ApplicationRow && value is string applicant)
        {
            switch (name)
            {
                case nameof(ApplicationRow.IdNumber) or nameof(ApplicationRow.CreditCode):
                    return ApplicantMask.Number(applicant);
                case nameof(ApplicationRow.Phone):
                    return ApplicantMask.Phone(applicant);
                case nameof(ApplicationRow.ApplicantName) or nameof(ApplicationRow.LegalRepresentative) or nameof(ApplicationRow.ContactName):
                    return ApplicantMask.Name(applicant);
                case nameof(ApplicationRow.Email) or nameof(ApplicationRow.Address):
                    return Withheld;
            }
        }

        return value is string text ? TextMask.Mask(text) : value;
    }
}
