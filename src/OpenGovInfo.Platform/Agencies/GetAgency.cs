using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Platform.Common;
using OpenGovInfo.Platform.Data;

namespace OpenGovInfo.Platform.Agencies;

/// <summary>One agency with its guide and rules.</summary>
public sealed class GetAgency(OpenGovInfoDbContext db)
{
    /// <summary>Runs the query; <see cref="Error.NotFound"/> for an unknown id.</summary>
    public async Task<Result<AgencyDetails>> RunAsync(int id, CancellationToken cancellationToken = default)
    {
        var agency = await db.Agencies.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (agency is null)
        {
            return Result.Failure<AgencyDetails>(Error.NotFound("该机关"));
        }

        var parentName = agency.ParentId is { } parentId
            ? await db.Agencies.Where(a => a.Id == parentId).Select(a => a.Name).FirstOrDefaultAsync(cancellationToken)
            : null;
        return Result.Success(new AgencyDetails(
            agency.Id, agency.Name, agency.ParentId, parentName, agency.CreditCode, agency.Kind.ToString(),
            agency.GuideHtml, agency.RulesHtml, agency.UpdatedAt));
    }
}
