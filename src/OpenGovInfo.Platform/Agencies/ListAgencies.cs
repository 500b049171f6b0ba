using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Platform.Data;

namespace OpenGovInfo.Platform.Agencies;

/// <summary>Lists the agencies, the district government first, then by id (creation order).</summary>
public sealed class ListAgencies(OpenGovInfoDbContext db)
{
    /// <summary>Runs the query.</summary>
    public async Task<IReadOnlyList<AgencySummary>> RunAsync(CancellationToken cancellationToken = default)
    {
        var rows = await db.Agencies.AsNoTracking()
            .OrderBy(a => a.ParentId == null ? 0 : 1).ThenBy(a => a.Id)
            .Select(a => new { a.Id, a.Name, a.ParentId, a.CreditCode, a.Kind })
            .ToListAsync(cancellationToken);
        return rows.ConvertAll(a => new AgencySummary(a.Id, a.Name, a.ParentId, a.CreditCode, a.Kind.ToString()));
    }
}
