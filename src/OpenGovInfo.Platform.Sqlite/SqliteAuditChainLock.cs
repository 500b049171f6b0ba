using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Platform.Audit;

namespace OpenGovInfo.Platform.Sqlite;

/// <summary>Nothing to take: SQLite's write transaction (begun IMMEDIATE) already excludes every other writer.</summary>
internal sealed class SqliteAuditChainLock : IAuditChainLock
{
    public Task AcquireAsync(DbContext context, CancellationToken cancellationToken) => Task.CompletedTask;
}
