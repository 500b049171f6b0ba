using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Platform.Audit;

namespace OpenGovInfo.Platform.PostgreSql;

/// <summary>A transaction-scoped advisory lock: released by commit or rollback, never leaked by a crash.</summary>
internal sealed class PostgreSqlAuditChainLock : IAuditChainLock
{
    /// <summary>Arbitrary, fixed advisory-lock key of the audit chain ("ogiaudit" in ASCII).</summary>
    private const long Key = 0x6F67_6961_7564_6974;

    public async Task AcquireAsync(DbContext context, CancellationToken cancellationToken) =>
        await context.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({Key})", cancellationToken);
}
