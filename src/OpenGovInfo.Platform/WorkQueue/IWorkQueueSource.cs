namespace OpenGovInfo.Platform.WorkQueue;

/// <summary>
/// One kind of work for the staff home's queue. The extension point: a feature adds its own source (e.g. <see cref="ReportWorkSource"/>
/// returns <see cref="WorkKind.AnnualReport"/> entries) with
/// <c>services.AddScoped&lt;IWorkQueueSource, …&gt;()</c>, and <see cref="StaffWorklist"/> merges them by deadline.
/// </summary>
public interface IWorkQueueSource
{
    /// <summary>What waits for <paramref name="actor"/> in this source.</summary>
    Task<IReadOnlyList<WorkQueueEntry>> ForAsync(WorkQueueActor actor, CancellationToken cancellationToken);
}
