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
            results[i] = AnnualReportReader.ReadFile(files[i], cancellationToken: cancellationToken);
            progress?.Invoke();
        });
        CrossYear.Check(results);
        return results;
    }
}
