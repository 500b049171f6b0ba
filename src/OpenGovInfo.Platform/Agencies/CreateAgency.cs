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
        var (name, code) = await AgencyProfileRules.CheckAsync(db, request.Name, request.CreditCode, null, errors, cancellationToken);
        if (!Enum.TryParse<AgencyKind>(request.Kind, ignoreCase: true, out var kind) || !Enum.IsDefined(kind)
            || int.TryParse(request.Kind, out _))
        {
            errors.Add(new Error(ErrorCodes.Kind, "机关类型应为 DistrictGovernment（区人民政府）、Department（政府部门）或 Township（乡镇、街道）。", "Kind"));
        }
        else if (kind == AgencyKind.DistrictGovernment && request.ParentId is not null)
        {
            errors.Add(new Error(ErrorCodes.Parent, "区人民政府没有上级机关。", "ParentId"));
        }
        else if (kind != AgencyKind.DistrictGovernment
            && (request.ParentId is not { } parent || !await db.Agencies.AnyAsync(a => a.Id == parent, cancellationToken)))
        {
            errors.Add(new Error(ErrorCodes.Parent, "政府部门和乡镇（街道）须指定已存在的上级机关。", "ParentId"));
        }

        if (errors.Count > 0 || code is null)
        {
            return Result.Failure<int>([.. errors]);
        }

        var agency = new Agency(name, kind, code, request.ParentId, clock.GetUtcNow());
        db.Agencies.Add(agency);
        await db.SaveChangesAsync(cancellationToken);
        await publicContent.RaiseAsync(cancellationToken);
        return Result.Success(agency.Id);
    }
}
