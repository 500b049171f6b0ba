using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Domain.Agencies;
using OpenGovInfo.Platform.Common;
using OpenGovInfo.Platform.Data;
using OpenGovInfo.Platform.Portal;

namespace OpenGovInfo.Platform.Agencies;

/// <summary>Input of <see cref="UpdateAgencyProfile"/>.</summary>
public sealed record UpdateAgencyProfileRequest(int AgencyId, string? Name, string? CreditCode);

/// <summary>Renames an agency or corrects its 统一社会信用代码 (checked against GB 32100-2015).</summary>
public sealed class UpdateAgencyProfile(OpenGovInfoDbContext db, TimeProvider clock, PublicContentSignal publicContent)
{
    /// <summary>Runs the use case.</summary>
    public async Task<Result<AgencyDetails>> RunAsync(UpdateAgencyProfileRequest request, CancellationToken cancellationToken = default)
    {
        var errors = new List<Error>();
        var (name, code) = await AgencyProfileRules.CheckAsync(db, request.Name, request.CreditCode, request.AgencyId, errors, cancellationToken);
        if (errors.Count > 0 || code is null)
        {
            return Result.Failure<AgencyDetails>([.. errors]);
        }

        var agency = await db.Agencies.FirstOrDefaultAsync(a => a.Id == request.AgencyId, cancellationToken);
        if (agency is null)
        {
            return Result.Failure<AgencyDetails>(Error.NotFound("该机关"));
        }

        agency.SetProfile(name, code, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        await publicContent.RaiseAsync(cancellationToken);
        return await new GetAgency(db).RunAsync(agency.Id, cancellationToken);
    }
}
