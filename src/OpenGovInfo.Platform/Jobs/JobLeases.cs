using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Platform.Data;

namespace OpenGovInfo.Platform.Jobs;

/// <summary>
/// Takes and gives back job leases with single atomic statements, the same SQL on SQLite and PostgreSQL: a conditional
/// UPDATE takes a lapsed lease (or renews one's own), and an INSERT … ON CONFLICT DO NOTHING creates a lease nobody
/// held yet. Of two nodes racing, the database lets exactly one statement change the row.
/// </summary>
public sealed class JobLeases(OpenGovInfoDbContext db, TimeProvider clock)
{
    /// <summary>True when <paramref name="owner"/> now holds <paramref name="job"/> for <paramref name="duration"/>.</summary>
    public async Task<bool> TryAcquireAsync(string job, string owner, TimeSpan duration, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var until = now + (long)duration.TotalMilliseconds;
        var taken = await db.Set<JobLease>()
            .Where(l => l.Name == job && (l.ExpiresAtMs <= now || l.Owner == owner))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Owner, owner).SetProperty(l => l.ExpiresAtMs, until), cancellationToken);
        if (taken == 1)
        {
            return true;
        }

        var created = await db.Database.ExecuteSqlAsync(
            $"""INSERT INTO job_leases ("Name", "Owner", "ExpiresAtMs") VALUES ({job}, {owner}, {until}) ON CONFLICT ("Name") DO NOTHING""",
            cancellationToken);
        return created == 1;
    }
}
