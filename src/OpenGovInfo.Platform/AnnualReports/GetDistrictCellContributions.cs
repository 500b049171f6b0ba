using OpenGovInfo.Platform.Common;

namespace OpenGovInfo.Platform.AnnualReports;

/// <summary>
/// The district report's drill-down, first step: for one cell, each member agency's value and how many records it
/// counts (the second step is the member's own <see cref="GetCellRecords"/>). Read-only, compiled on the fly like the roll-up.
/// </summary>
public sealed class GetDistrictCellContributions(CompileDistrictReport compile)
{
    /// <summary>Runs the query; the value is the cell's label, the district total and every member's part.</summary>
    public async Task<Result<(string Label, decimal? Total, IReadOnlyList<CellContribution> Members)>> RunAsync(int year, string key, CancellationToken cancellationToken = default)
    {
        var district = await compile.RunAsync(year, cancellationToken);
        if (!district.IsSuccess)
        {
            return Result.Failure<(string, decimal?, IReadOnlyList<CellContribution>)>([.. district.Errors]);
        }

        if (!district.Value.Total.Sources.ContainsKey(key) && CellLabels.Describe(key) == key)
        {
            return Result.Failure<(string, decimal?, IReadOnlyList<CellContribution>)>(Error.NotFound("该单元格"));
        }

        IReadOnlyList<CellContribution> members = [.. district.Value.Members.Select(m => new CellContribution(
            m.AgencyId, m.Report.Agency ?? string.Empty, Value(m, key), m.Sources.TryGetValue(key, out var s) ? s.Ids.Count : 0))];
        return Result.Success((CellLabels.Describe(key), Value(district.Value.Total, key), members));
    }

    // The overview's published counts are not table cells; their value is the length of their list.
    private static decimal? Value(CompiledReport report, string key) =>
        key.StartsWith("published.", StringComparison.Ordinal)
            ? report.Sources.TryGetValue(key, out var s) ? s.Ids.Count : 0
            : CellKeys.ValueOf(report.Report, key);
}
