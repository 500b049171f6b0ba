using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Domain.Agencies;
using OpenGovInfo.Platform.Common;
using OpenGovInfo.Platform.Data;

namespace OpenGovInfo.Platform.Agencies;

/// <summary>The checks of an agency's name and credit code, shared by creating and editing an agency.</summary>
internal static class AgencyProfileRules
{
    /// <summary>
    /// Adds to <paramref name="errors"/> what is wrong with <paramref name="name"/> and <paramref name="creditCode"/>
    /// (length, GB 32100 check, another agency — not <paramref name="agencyId"/> — holding the code); returns the
    /// trimmed name and the parsed code (null when invalid).
    /// </summary>
    public static async Task<(string Name, UnifiedSocialCreditCode? Code)> CheckAsync(OpenGovInfoDbContext db, string? name,
        string? creditCode, int? agencyId, List<Error> errors, CancellationToken cancellationToken)
    {
        var trimmed = name?.Trim() ?? string.Empty;
        if (trimmed.Length == 0 || trimmed.Length > Agency.NameMaxLength)
        {
            errors.Add(new Error(ErrorCodes.Name, $"机关名称不能为空，且不能超过 {Agency.NameMaxLength} 个字符。", "Name"));
        }

        if (!UnifiedSocialCreditCode.TryParse(creditCode, out var code, out var codeError))
        {
            errors.Add(new Error(ErrorCodes.CreditCode, codeError, "CreditCode"));
            return (trimmed, null);
        }

        if (await db.Agencies.AnyAsync(a => a.CreditCode == code.Value && a.Id != agencyId, cancellationToken))
        {
            errors.Add(new Error(ErrorCodes.CreditCodeTaken, "该统一社会信用代码已被其他机关使用。", "CreditCode"));
        }

        return (trimmed, code);
    }
}
