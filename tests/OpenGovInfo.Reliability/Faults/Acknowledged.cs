using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Reliability.Infrastructure;

namespace OpenGovInfo.Reliability.Faults;

/// <summary>Every write the app acknowledged to a client (201 or 302), to be found again after a crash.</summary>
public sealed class Acknowledged
{
    /// <summary>Tracking codes of acknowledged submissions.</summary>
    public ConcurrentBag<string> Codes { get; } = [];

    /// <summary>Acknowledged item drafts.</summary>
    public ConcurrentBag<int> Drafts { get; } = [];

    /// <summary>Acknowledged review steps: item and action.</summary>
    public ConcurrentBag<(int ItemId, string Action)> Steps { get; } = [];

    /// <summary>Failures that happened while the server was up (a bug, not the crash).</summary>
    public ConcurrentQueue<string> Errors { get; } = [];

    /// <summary>Acknowledged writes the database does not hold, one line each.</summary>
    public async Task<List<string>> MissingFromAsync(DatabaseProbe probe)
    {
        var missing = new List<string>();
        var codes = await probe.StoredTrackingCodesAsync();
        missing.AddRange(Codes.Where(c => !codes.Contains(c)).Select(c => $"application {c}"));
        var items = await probe.QueryAsync(async db => (await db.Items.AsNoTracking().Select(i => i.Id).ToListAsync()).ToHashSet());
        missing.AddRange(Drafts.Where(d => !items.Contains(d)).Select(d => $"item {d}"));
        var events = await probe.QueryAsync(async db => (await db.ItemEvents.AsNoTracking().Select(e => new { e.ItemId, e.Action }).ToListAsync())
            .Select(e => (e.ItemId, e.Action.ToString())).ToHashSet());
        missing.AddRange(Steps.Where(s => !events.Contains(s)).Select(s => $"item {s.ItemId} step {s.Action}"));
        return missing;
    }
}
