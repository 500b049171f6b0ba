using OpenGovInfo.Reliability.Infrastructure;

namespace OpenGovInfo.Reliability.Faults;

/// <summary>
/// What runs while the server is killed: citizens submitting applications and one item going through its review
/// chain (editor → 保密审查 → 合法性审查 → 批准), each step a separate signed-in staff member over HTTP.
/// </summary>
public sealed class CrashWorkload(HttpClient citizen, int agencyId, IReadOnlyDictionary<string, StaffSession> staff, Acknowledged acknowledged)
{
    private static readonly (string Action, string User)[] Chain =
    [
        ("Submit", "kgx.editor"), ("PassConfidentialityReview", "kgx.secrecy"), ("PassLegalReview", "kgx.legal"), ("Approve", "kgx.approver"),
    ];

    private volatile bool _crashed;
    private int _counter;
    private int _writes;
    private int _killAfter = int.MaxValue;
    private readonly TaskCompletionSource _enough = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>
    /// Completes once <paramref name="writes"/> writes of this run were acknowledged (the moment to kill draws near);
    /// with <paramref name="reviews"/>, only drafts and review steps count (on a slow machine submissions would
    /// otherwise always reach the count first, and no kill would land in a review).
    /// </summary>
    public Task AcknowledgedAsync(int writes, bool reviews = false)
    {
        _reviewsOnly = reviews;
        _killAfter = writes;
        if (Volatile.Read(ref _writes) >= writes)
        {
            _enough.TrySetResult();
        }

        return _enough.Task;
    }

    private volatile bool _reviewsOnly;

    private void Count(bool review = false)
    {
        if (_reviewsOnly && !review)
        {
            return;
        }

        if (Interlocked.Increment(ref _writes) >= _killAfter)
        {
            _enough.TrySetResult();
        }
    }

    /// <summary>The demo accounts the workload signs in.</summary>
    public static IEnumerable<string> Users => Chain.Select(c => c.User);

    /// <summary>Runs <paramref name="submitters"/> submitters and one reviewer until <paramref name="crash"/> is cancelled.</summary>
    public Task RunAsync(int submitters, CancellationToken crash) =>
        Task.WhenAll([.. Enumerable.Range(0, submitters).Select(_ => Guard(() => SubmitAsync(crash))), Guard(() => ReviewAsync(crash))]);

    /// <summary>Marks the crash: failures from now on are the kill's, not bugs.</summary>
    public void Crashing() => _crashed = true;

    private async Task SubmitAsync(CancellationToken crash)
    {
        while (!crash.IsCancellationRequested)
        {
            var code = await Applicants.SubmitAsync(citizen, agencyId, $"故障测试申请 {Interlocked.Increment(ref _counter)} {Guid.NewGuid():N}", crash);
            if (code is null)
            {
                acknowledged.Errors.Enqueue("a submission was refused while the server was up");
                return;
            }

            acknowledged.Codes.Add(code);
            Count();
        }
    }

    private async Task ReviewAsync(CancellationToken crash)
    {
        while (!crash.IsCancellationRequested)
        {
            var id = await staff["kgx.editor"].DraftAsync(agencyId, $"故障测试信息 {Interlocked.Increment(ref _counter)}", crash);
            if (id is null)
            {
                acknowledged.Errors.Enqueue("a draft was refused while the server was up");
                return;
            }

            acknowledged.Drafts.Add(id.Value);
            Count(review: true);
            foreach (var (action, user) in Chain)
            {
                if (!await staff[user].ActAsync(agencyId, id.Value, action, crash))
                {
                    acknowledged.Errors.Enqueue($"{action} on item {id} was refused while the server was up");
                    return;
                }

                acknowledged.Steps.Add((id.Value, action));
                Count(review: true);
            }
        }
    }

    private async Task Guard(Func<Task> work)
    {
        try
        {
            await work();
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or OperationCanceledException or IOException)
        {
            if (!_crashed)
            {
                acknowledged.Errors.Enqueue($"{ex.GetType().Name}: {ex.Message}");
            }
        }
    }
}
