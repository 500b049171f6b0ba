using OpenGovInfo.Documents.Reading;

namespace OpenGovInfo.Cli.Audit;

/// <summary>
/// Reads many files on every core. Results land in an array slot per input, so the output order is the input
/// order whatever the scheduling.
/// </summary>
internal static class AuditReader
{
    /// <summary>Reads every file; <paramref name="progress"/> is called once per finished file (from any thread).</summary>
    public static ReportReadResult[] ReadAll(IReadOnlyList<string> files, Action? progress, CancellationToken cancellationToken)
    {
        var results = new ReportReadResult[files.Count];
        var options = new ParallelOptions
        {
            MaxDegreeOfParallelism = Environment.ProcessorCount,
            CancellationToken = cancellationToken,
        };
        Parallel.For(0, files.Count, options, i =>
        {
            results[i] = ReadOne(files[i], cancellationToken);
            progress?.Invoke();
        });
        return results;
    }

    private static ReportReadResult ReadOne(string file, CancellationToken cancellationToken)
    {
        try
        {
            return AnnualReportReader.ReadFile(file, cancellationToken: cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            // The reader returns expected failures as values; anything else is a reader bug that must not stop a
            // thousand-file audit — it is reported for this file, with its type so it can be fixed.
            return ReportReadResult.Failed(file, DocumentShape.Unknown, ReadFailure.Corrupt, $"读取器内部错误 {ex.GetType().Name}: {ex.Message}");
        }
    }
}
