using Microsoft.EntityFrameworkCore;

namespace OpenGovInfo.Platform.Audit;

/// <summary>
/// Serialises appends to the chain across nodes, so that two writers never both extend the same last record.
/// PostgreSQL: a transaction-scoped advisory lock (released by commit or rollback, never leaked by a crash).
/// SQLite: nothing to do, its write transaction already excludes every other writer. The unique sequence backs both.
/// </summary>
internal static class AuditChainLock
{
    /// <summary>Arbitrary, fixed advisory-lock key of the audit chain ("ogiaudit" in ASCII).</summary>
    private const long Key = 0x6F67_6961_7564_6974;

    public static async Task AcquireAsync(DbContext context, CancellationToken cancellationToken)
    {
        if (context.Database.IsNpgsql())
        {
            await context.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({Key})", cancellationToken);
        }
    }
}
