using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace OpenGovInfo.Platform.Audit;

/// <summary>
/// A change seen before saving. A creation keeps its entry, because its key (and so its record) is only known once
/// the database has generated it; updates and deletions are described before the save, while the old values exist.
/// A write the change tracker never saw (<see cref="AuditBulkWrites"/>) has no entry.
/// </summary>
internal sealed record AuditedChange(
    EntityEntry? Entry, string Action, string EntityType, string? EntityId, string? Before, string? After, AuditActor? Actor);
