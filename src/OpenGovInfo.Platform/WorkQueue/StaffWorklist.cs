namespace OpenGovInfo.Platform.WorkQueue;

/// <summary>What waits for me (待办): every source's entries, nearest deadline first, undated ones last.</summary>
public sealed class StaffWorklist(IEnumerable<IWorkQueueSource> sources)
{
    /// <summary>Runs every source for <paramref name="actor"/>.</summary>
    public async Task<IReadOnlyList<WorkQueueEntry>> RunAsync(WorkQueueActor actor, CancellationToken cancellationToken = default)
    {
        var entries = new List<WorkQueueEntry>();
        foreach (var source in sources)
        {
            // One at a time: the sources share the scope's DbContext.
            entries.AddRange(await source.ForAsync(actor, cancellationToken));
        }

        return
        [
            .. entries.OrderBy(e => e.DueOn is null).ThenBy(e => e.DueOn).ThenBy(e => e.Kind).ThenBy(e => e.Title, StringComparer.Ordinal),
        ];
    }
}
