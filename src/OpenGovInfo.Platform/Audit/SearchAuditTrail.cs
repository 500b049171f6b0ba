using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Platform.Data;

namespace OpenGovInfo.Platform.Audit;

/// <summary>The supervisors' search of the trail, newest first. The edge checks the role; this reads only.</summary>
public sealed class SearchAuditTrail(OpenGovInfoDbContext db)
{
    private const int MaxPageSize = 200;

    /// <summary>One page of matching records and the total count.</summary>
    public async Task<(IReadOnlyList<AuditRecord> Records, int Total)> RunAsync(AuditQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var records = db.AuditRecords.AsNoTracking();
        if (query.From is { } from)
        {
            records = records.Where(r => r.At >= from);
        }

        if (query.To is { } to)
        {
            records = records.Where(r => r.At < to);
        }

        if (!string.IsNullOrWhiteSpace(query.ActorId))
        {
            records = records.Where(r => r.ActorId == query.ActorId);
        }

        if (!string.IsNullOrWhiteSpace(query.Actor))
        {
            var name = query.Actor.Trim();
            var userId = await db.Users.AsNoTracking().Where(u => u.UserName == name).Select(u => u.Id).FirstOrDefaultAsync(cancellationToken);
            records = userId is null ? records.Where(r => r.ActorName == name) : records.Where(r => r.ActorId == userId);
        }

        if (query.ActorAgencyId is { } agencyId)
        {
            var staff = await db.Users.AsNoTracking().Where(u => u.AgencyId == agencyId).Select(u => u.Id).ToListAsync(cancellationToken);
            records = records.Where(r => r.ActorId != null && staff.Contains(r.ActorId));
        }

        if (!string.IsNullOrWhiteSpace(query.Action))
        {
            records = records.Where(r => r.Action == query.Action);
        }

        if (!string.IsNullOrWhiteSpace(query.EntityType))
        {
            records = records.Where(r => r.EntityType == query.EntityType);
        }

        if (!string.IsNullOrWhiteSpace(query.EntityId))
        {
            records = records.Where(r => r.EntityId == query.EntityId);
        }

        var size = Math.Clamp(query.PageSize, 1, MaxPageSize);
        var page = Math.Max(query.Page, 1);
        var total = await records.CountAsync(cancellationToken);
        var list = await records.OrderByDescending(r => r.Sequence).Skip((page - 1) * size).Take(size).ToListAsync(cancellationToken);
        return (list, total);
    }
}
