using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Domain.AnnualReports;
using OpenGovInfo.Platform.Common;
using OpenGovInfo.Platform.Data;

namespace OpenGovInfo.Platform.AnnualReports;

/// <summary>
/// Compiles an agency's report for a year (2021 format) from the records the platform holds: Table 2 from the
/// 第二十条 registers, Table 3 from the applications, Table 4 from the reconsiderations and lawsuits, the overview's
/// counts from the published items and section 六 from the 信息处理费 paid. Read-only.
/// </summary>
public sealed class CompileAnnualReport(OpenGovInfoDbContext db, DbContextOptions<OpenGovInfoDbContext> options, ISqlDialect dialect)
{
    /// <summary>The first year the platform compiles (the 2021 format; earlier years are imported).</summary>
    public const int FirstYear = 2021;

    /// <summary>Runs the use case.</summary>
    public async Task<Result<CompiledReport>> RunAsync(int agencyId, int year, CancellationToken cancellationToken = default)
    {
        var agency = await db.Agencies.AsNoTracking().Where(a => a.Id == agencyId).Select(a => a.Name).FirstOrDefaultAsync(cancellationToken);
        if (agency is null)
        {
            return Result.Failure<CompiledReport>(Error.NotFound("该机关"));
        }

        if (CheckYear(year) is { } invalid)
        {
            return Result.Failure<CompiledReport>(invalid);
        }

        return Result.Success((await CompileManyAsync([(agencyId, agency)], year, cancellationToken))[0]);
    }

    /// <summary>The refusal of a year the platform does not compile, or null.</summary>
    internal static Error? CheckYear(int year) => year < FirstYear || year > 9998
        ? new Error(ErrorCodes.Invalid, $"只能编制{FirstYear}年及以后年度的年报（此前年度适用试行格式，请导入已发布的年报）。", "Year")
        : null;

    /// <summary>
    /// Compiles the reports of several agencies for a year (a valid one, see <see cref="CheckYear"/>) with one query per
    /// kind of record for all of them — the roll-up and the dashboard compile every agency, and a query per agency and
    /// kind made the district's 200 agencies cost 1,600 round trips. Each agency's report is compiled from its own
    /// records by the same table compilers as <see cref="RunAsync"/>, so it is the same report.
    /// </summary>
    /// <param name="agencies">The agencies, in the order wanted.</param>
    /// <param name="year">The year.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <param name="caseLists">
    /// False for the roll-up and the dashboard: every table is counted by the database (<see cref="ReportCounts"/>)
    /// instead of reading every record into memory — a district's million cases took several times as long as counting
    /// them in SQL — and the drill-down lists are read from the database only when first used (with a context of their
    /// own, as the request's may be gone by then). Section 六's fees are summed by the database either way
    /// (<see cref="ProcessingFeesPaid"/>).
    /// </param>
    internal async Task<IReadOnlyList<CompiledReport>> CompileManyAsync(IReadOnlyList<(int Id, string Name)> agencies, int year, CancellationToken cancellationToken, bool caseLists = true)
    {
        if (agencies.Count == 0)
        {
            return [];
        }

        List<int> ids = [.. agencies.Select(a => a.Id)];
        var records = caseLists ? await ReportRecords.LoadAsync(db, ids, year, cancellationToken) : null;
        var counts = caseLists ? null : await ReportCounts.LoadAsync(db, ids, year, cancellationToken);
        var feesFen = await ProcessingFeesPaid.ByAgencyAsync(db, dialect, ids, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), cancellationToken);
        // The lists behind the counts, read once for all agencies when the first is opened, with a context of their own
        // (the request's may be disposed by then). LazySources is a dictionary, so its first read is synchronous; no
        // synchronisation context runs here (ASP.NET Core, the CLI), so waiting on the load cannot deadlock.
        var deferred = new Lazy<ReportRecords>(() =>
        {
            using var own = new OpenGovInfoDbContext(options);
            return ReportRecords.LoadAsync(own, ids, year, CancellationToken.None).GetAwaiter().GetResult();
        });

        var compiled = new List<CompiledReport>(agencies.Count);
        foreach (var (agencyId, agency) in agencies)
        {
            var report = new AnnualReport(ReportFormat.Format2021) { Agency = agency, Year = year };
            IReadOnlyDictionary<string, CellSources> sources;
            ProactiveCounts published;
            if (records is not null)
            {
                var lists = new Dictionary<string, CellSources>(StringComparer.Ordinal);
                published = records.Fill(agencyId, report, lists);
                sources = lists;
            }
            else
            {
                published = (counts ?? throw new InvalidOperationException("Neither case lists nor counts were loaded.")).Fill(agencyId, report);
                sources = new LazySources(() =>
                {
                    var lists = new Dictionary<string, CellSources>(StringComparer.Ordinal);
                    deferred.Value.Fill(agencyId, new AnnualReport(ReportFormat.Format2021), lists);
                    return lists;
                });
            }

            var paid = feesFen.GetValueOrDefault(agencyId);
            report.Sections[ReportCodes.Sections.Overview] = NarrativeDrafts.Overview(agency, year, published, CompiledTables.Applications(report));
            report.Sections[ReportCodes.Sections.ProblemsAndImprovements] = NarrativeDrafts.ToFill;
            report.Sections[ReportCodes.Sections.OtherMatters] = NarrativeDrafts.OtherMatters(year, paid);
            compiled.Add(new CompiledReport(agencyId, report, sources, published, paid));
        }

        return compiled;
    }
}
