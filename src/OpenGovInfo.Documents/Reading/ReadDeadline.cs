using System.Diagnostics;

namespace OpenGovInfo.Documents.Reading;

/// <summary>
/// The time limit of the read running on this thread. A timer-based <see cref="CancellationTokenSource.CancelAfter(TimeSpan)"/>
/// needs a thread-pool thread to fire, which a busy pool (a parallel audit, a test run) may not give it for a long
/// time; comparing the clock at each loop step bounds a read whatever the pool is doing. Reading is synchronous, so the
/// deadline lives with the thread.
/// </summary>
internal static class ReadDeadline
{
    [ThreadStatic]
    private static long deadline;

    /// <summary>Starts a limit for the current thread; dispose to clear it.</summary>
    public static Scope Start(TimeSpan limit) => new(limit);

    /// <summary>Throws <see cref="OperationCanceledException"/> when the caller cancelled or the time limit passed.</summary>
    public static void Check(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (deadline != 0 && Stopwatch.GetTimestamp() > deadline)
        {
            throw new OperationCanceledException("time limit reached");
        }
    }

    /// <summary>Clears the limit when the read ends.</summary>
    public readonly struct Scope : IDisposable
    {
        private readonly long previous;

        internal Scope(TimeSpan limit)
        {
            previous = deadline;
            deadline = Stopwatch.GetTimestamp() + (long)(limit.TotalSeconds * Stopwatch.Frequency);
        }

        /// <inheritdoc />
        public void Dispose() => deadline = previous;
    }
}
