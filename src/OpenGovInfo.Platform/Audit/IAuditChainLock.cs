using Microsoft.EntityFrameworkCore;

namespace OpenGovInfo.Platform.Audit;

/// <summary>
/// Serialises appends to the chain across nodes, so that two writers never both extend the same last record; taken
/// inside the appending transaction and released with it. Each engine has its own way (its provider project); the
/// unique sequence backs them all.
/// </summary>
public interface IAuditChainLock
{
    /// <summary>Waits until this transaction alone may append to the chain.</summary>
    Task AcquireAsync(DbContext context, CancellationToken cancellationToken);
}
