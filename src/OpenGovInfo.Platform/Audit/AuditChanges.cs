using System.Globalization;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using OpenGovInfo.Platform.Applications;
using OpenGovInfo.Platform.Publishing;

namespace OpenGovInfo.Platform.Audit;

/// <summary>
/// Which changes are audited and how each is described. Every table is, except the trail itself and rows that are
/// derived or mechanical (key ring, counters, attachment bytes whose metadata row is audited): "every change" is safer
/// as a rule with exceptions than as a list that new features must remember to join.
/// </summary>
internal static class AuditChanges
{
    private static readonly HashSet<Type> NotAudited =
    [
        typeof(AuditRecord), typeof(DataProtectionKey), typeof(IndexCounter), typeof(ItemAttachmentContent),
    ];

    /// <summary>The audited changes pending in <paramref name="context"/>.</summary>
    public static List<AuditedChange> Capture(DbContext context)
    {
        // SaveChanges detects changes only after the SavingChanges interceptors ran: detect now to see them all.
        context.ChangeTracker.DetectChanges();
        var changes = new List<AuditedChange>();
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)
                || NotAudited.Contains(entry.Metadata.ClrType) || entry.Metadata.IsOwned())
            {
                continue;
            }

            var change = Describe(entry);
            if (change is not null)
            {
                changes.Add(change);
            }
        }

        return changes;
    }

    /// <summary>The record of <paramref name="change"/>, after the save (keys of new rows are known by then).</summary>
    public static AuditRecord ToRecord(AuditedChange change, AuditActor ambient, DateTimeOffset at)
    {
        var actor = change.Actor ?? ambient;
        var entry = change.Entry;
        return new AuditRecord
        {
            At = at,
            ActorId = actor.Id,
            ActorName = actor.Name,
            Address = actor.Address,
            Action = change.Action,
            EntityType = change.EntityType,
            EntityId = change.EntityId ?? (entry is null ? string.Empty : KeyOf(entry)),
            Before = change.Before,
            After = change.Action == "create" && entry is not null
                ? AuditValues.ToJson(entry, entry.Metadata.GetProperties(), p => entry.CurrentValues[p])
                : change.After,
        };
    }

    private static AuditedChange? Describe(EntityEntry entry)
    {
        var table = entry.Metadata.GetTableName() ?? entry.Metadata.ClrType.Name;
        if (entry.Entity is PersonalDataViewRow view)
        {
            if (entry.State != EntityState.Added)
            {
                // The view log is append-only like the trail; a change to it is recorded as any other.
                return Changed(entry, table);
            }

            // A view is recorded against the case viewed, by the viewer the row names.
            return new AuditedChange(
                entry, "view", "applications", view.ApplicationId.ToString(CultureInfo.InvariantCulture), null,
                AuditValues.ToJson(entry, entry.Metadata.GetProperties().Where(p => p.Name == nameof(PersonalDataViewRow.Purpose)), p => entry.CurrentValues[p]),
                new AuditActor(string.IsNullOrEmpty(view.ActorId) ? null : view.ActorId, view.ActorName, view.Address));
        }

        return entry.State == EntityState.Added ? new AuditedChange(entry, "create", table, null, null, null, null) : Changed(entry, table);
    }

    private static AuditedChange? Changed(EntityEntry entry, string table)
    {
        if (entry.State == EntityState.Deleted)
        {
            return new AuditedChange(
                entry, "delete", table, KeyOf(entry),
                AuditValues.ToJson(entry, entry.Metadata.GetProperties(), p => entry.OriginalValues[p]), null, null);
        }

        var modified = entry.Properties.Where(p => p.IsModified && !Equals(p.OriginalValue, p.CurrentValue)).Select(p => p.Metadata).ToList();
        if (modified.Count == 0)
        {
            return null;
        }

        return new AuditedChange(
            entry, "update", table, KeyOf(entry),
            AuditValues.ToJson(entry, modified, p => entry.OriginalValues[p]),
            AuditValues.ToJson(entry, modified, p => entry.CurrentValues[p]), null);
    }

    private static string KeyOf(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        return key is null
            ? string.Empty
            : string.Join(",", key.Properties.Select(p => Convert.ToString(entry.CurrentValues[p], CultureInfo.InvariantCulture)));
    }
}
