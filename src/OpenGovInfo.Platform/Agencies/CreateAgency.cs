using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Domain.Agencies;
using OpenGovInfo.Platform.Common;
using OpenGovInfo.Platform.Data;
using OpenGovInfo.Platform.Portal;

namespace OpenGovInfo.Platform.Agencies;

/// <summary>Input of <see cref="CreateAgency"/>.</summary>
public sealed record CreateAgencyRequest(string? Name, string? CreditCode, string? Kind, int? ParentId);

/// <summary>
/// Adds an agency: the district government (no parent) or a department or township under an existing agency. The
/// operator's way to set up a new installation (<c>ogi agency add</c>); the demo seed is for Development only.
/// </summary>
public sealed class CreateAgency(OpenGovInfoDbContext db, TimeProvider clock, PublicContentSignal publicContent)
{
    /// <summary>Runs the use case; the value is the new agency's id.</summary>
    public async Task<Result<int>> RunAsync(CreateAgencyRequest request, CancellationToken cancellationToken = default)
    {
        var errors = new List<Error>();
        var name = request.Name?.Trim() ?? string.Empty;
        if (name.Length == 0 || name.Length > Agency.NameMaxLength)
        {
            errors.Add(new Error("name", $"机关名称不能为空，且不能超过 {Agency.NameMaxLength} 个字符。", "Name"));
        }

        if (!UnifiedSocialCreditCode.TryParse(request.CreditCode, out var code, out var codeError))
        {
            errors.Add(new Error("credit_code", codeError, "CreditCode"));
        }
        else if (await db.Agencies.AnyAsync(a => a.CreditCode == code.Value, cancellationToken))
        {
            errors.Add(new Error("credit_code_taken", "该统一社会信用代码已被其他机关使用。", "CreditCode"));
        }

        if (!Enum.TryParse<AgencyKind>(request.Kind, ignoreCase: true, out var kind) || !Enum.IsDefined(kind)
            || int.TryParse(request.Kind, out _))
        {
            errors.Add(new Error("kind", "机关类型应为 DistrictGovernment（区人民政府）、Department（政府部门）或 Township（乡镇、街道）。", "Kind"));
        }
        else if (kind == AgencyKind.DistrictGovernment && request.ParentId is not null)
        {
            errors.Add(new Error("parent", "区人民政府没有上级机关。", "ParentId"));
        }
        else if (kind != AgencyKind.DistrictGovernment
            && (request.ParentId is not { } parent || !await db.Agencies.AnyAsync(a => a.Id == parent, cancellationToken)))
        {
            errors.Add(new Error("parent", "政府部门和乡镇（街道）须指定已存在的上级机关。", "ParentId"));
        }

        if (errors.Count > 0)
        {
            return Result.Failure<int>([.. errors]);
        }

        var agency = new Agency(name, kind, code!, request.ParentId, clock.GetUtcNow());
        db.Agencies.Add(agency);
        await db.SaveChangesAsync(cancellationToken);
        await publicContent.RaiseAsync(cancellationToken);
        return Result.Success(agency.Id);
    }
}
