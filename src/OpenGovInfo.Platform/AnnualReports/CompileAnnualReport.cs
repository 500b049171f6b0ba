using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Domain.AnnualReports;
using OpenGovInfo.Domain.Applications.Events;
using OpenGovInfo.Domain.Publishing;
using OpenGovInfo.Platform.Applications;
using OpenGovInfo.Platform.Common;
using OpenGovInfo.Platform.Data;
using OpenGovInfo.Platform.Publishing;
using OpenGovInfo.Platform.Registers;

namespace OpenGovInfo.Platform.AnnualReports;

/// <summary>
/// Compiles an agency's report for a year (2021 format) from the records the platform holds: Table 2 from the
/// 第二十条 registers, Table 3 from the applications, Table 4 from the reconsiderations and lawsuits, the overview's
/// counts from the published items and section 六 from the 信息处理费 paid. Read-only.
/// </summary>
public sealed class CompileAnnualReport(OpenGovInfoDbContext db, DbContextOptions<OpenGovInfoDbContext> options)
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
    /// False for the roll-up and the dashboard: Table 3 is counted by the database (<see cref="CaseCounts"/>) instead of
    /// reading every case into memory — a district's million cases took several times as long as counting them in SQL —
    /// and its drill-down lists are read from the database only when first used (with a context of their own, as the
    /// request's may be gone by then).
    /// </param>
    internal async Task<IReadOnlyList<CompiledReport>> CompileManyAsync(IReadOnlyList<(int Id, string Name)> agencies, int year, CancellationToken cancellationToken, bool caseLists = true)
    {
        if (agencies.Count == 0)
        {
            return [];
        }

        List<int> ids = [.. agencies.Select(a => a.Id)];
        var start = new DateOnly(year, 1, 1);
        var previousEnd = start.AddDays(-1);
        var end = new DateOnly(year, 12, 31);

        var cases = caseLists ? (await CasesTouching(db, ids, previousEnd, end).ToListAsync(cancellationToken)).ToLookup(c => c.AgencyId, c => c.Facts) : null;
        var counts = caseLists ? null : (await db.Applications.AsNoTracking()
                .Where(a => ids.Contains(a.AgencyId) && a.ReceivedOn <= end && (a.ClosedOn == null || a.ClosedOn > previousEnd))
                .GroupBy(a => new { a.AgencyId, a.ApplicantKind, a.OutcomeCode })
                // Within the cases touching the year: open on the previous 31 December iff received by then, closed
                // in the year iff closed by its end, open on 31 December iff not closed by then.
                .Select(g => new
                {
                    g.Key.AgencyId, g.Key.ApplicantKind, g.Key.OutcomeCode,
                    New = g.Sum(a => a.ReceivedOn >= start ? 1 : 0), CarriedOver = g.Sum(a => a.ReceivedOn <= previousEnd ? 1 : 0),
                    Closed = g.Sum(a => a.ClosedOn != null && a.ClosedOn <= end ? 1 : 0), CarriedForward = g.Sum(a => a.ClosedOn == null || a.ClosedOn > end ? 1 : 0),
                })
                .ToListAsync(cancellationToken))
            .ToLookup(c => c.AgencyId, c => new CaseCounts(c.AgencyId, c.ApplicantKind, c.OutcomeCode, c.New, c.CarriedOver, c.Closed, c.CarriedForward));
        var deferred = new Lazy<ILookup<int, CaseFacts>>(() =>
        {
            using var own = new OpenGovInfoDbContext(options);
            return CasesTouching(own, ids, previousEnd, end).ToList().ToLookup(c => c.AgencyId, c => c.Facts);
        });
        var remedies = (await db.Remedies.AsNoTracking()
                .Where(r => ids.Contains(r.AgencyId) && r.FiledOn >= start && r.FiledOn <= end)
                .Select(r => new { r.AgencyId, Facts = new RemedyFacts(r.Id, r.Kind, r.FiledOn, r.Result, r.DecidedOn) })
                .ToListAsync(cancellationToken))
            .ToLookup(r => r.AgencyId, r => r.Facts);
        // A withdrawn register row (撤回, typically entered in error) is not on the register and is not counted; a
        // corrected row counts with its corrected values.
        var documents = (await db.Set<RegisterDocumentRow>().AsNoTracking()
                .Where(d => ids.Contains(d.AgencyId) && d.IssuedOn <= end && d.WithdrawnAt == null).ToListAsync(cancellationToken))
            .ToLookup(d => d.AgencyId);
        var decisions = (await db.Set<RegisterDecisionRow>().AsNoTracking()
            .Where(d => ids.Contains(d.AgencyId) && d.DecidedOn >= start && d.DecidedOn <= end && d.WithdrawnAt == null).ToListAsync(cancellationToken)).ToLookup(d => d.AgencyId);
        var fees = (await db.Set<RegisterFeeRow>().AsNoTracking()
            .Where(f => ids.Contains(f.AgencyId) && f.CollectedOn >= start && f.CollectedOn <= end && f.WithdrawnAt == null).ToListAsync(cancellationToken)).ToLookup(f => f.AgencyId);
        var items = await PublishedItemsAsync(ids, year, cancellationToken);
        var feesFen = await ProcessingFeesPaidAsync(ids, start, end, cancellationToken);

        var compiled = new List<CompiledReport>(agencies.Count);
        foreach (var (agencyId, agency) in agencies)
        {
            var report = new AnnualReport(ReportFormat.Format2021) { Agency = agency, Year = year };
            var sources = new Dictionary<string, CellSources>(StringComparer.Ordinal);
            if (cases is not null)
            {
                ApplicationsTableCompiler.Compile(year, cases[agencyId], report.Applications!, sources);
            }
            else
            {
                ApplicationsTableCompiler.CompileCounts(counts![agencyId], report.Applications!);
            }

            ReviewTableCompiler.Compile(year, remedies[agencyId], report.ReviewLitigation!, sources);
            ProactiveTableCompiler.Compile(year, [.. documents[agencyId]], [.. decisions[agencyId]], [.. fees[agencyId]], report.Proactive!, sources);
            var published = CountPublished(items[agencyId], sources);
            var paid = feesFen.GetValueOrDefault(agencyId);
            report.Sections[ReportCodes.Sections.Overview] = NarrativeDrafts.Overview(agency, year, published, report.Applications!);
            report.Sections[ReportCodes.Sections.ProblemsAndImprovements] = NarrativeDrafts.ToFill;
            report.Sections[ReportCodes.Sections.OtherMatters] = NarrativeDrafts.OtherMatters(year, paid);
            compiled.Add(new CompiledReport(agencyId, report, cases is not null ? sources : new LazySources(() =>
            {
                var all = new Dictionary<string, CellSources>(sources, StringComparer.Ordinal);
                var scratch = new AnnualReport(ReportFormat.Format2021);
                ApplicationsTableCompiler.Compile(year, deferred.Value[agencyId], scratch.Applications!, all);
                return all;
            }), published, paid));
        }

        return compiled;
    }

    /// <summary>Every case of <paramref name="ids"/> that touches the year: received by its end and not closed before it began.</summary>
    private static IQueryable<AgencyCase> CasesTouching(OpenGovInfoDbContext db, List<int> ids, DateOnly previousEnd, DateOnly end) =>
        db.Applications.AsNoTracking()
            .Where(a => ids.Contains(a.AgencyId) && a.ReceivedOn <= end && (a.ClosedOn == null || a.ClosedOn > previousEnd))
            .Select(a => new AgencyCase(a.AgencyId, new CaseFacts(a.Id, a.ApplicantKind, a.ReceivedOn, a.ClosedOn, a.OutcomeCode)));

    private sealed record AgencyCase(int AgencyId, CaseFacts Facts);

    private async Task<ILookup<int, (int Id, string CategoryCode)>> PublishedItemsAsync(List<int> ids, int year, CancellationToken cancellationToken)
    {
        // The year in Beijing time: an item released at 00:30 on 1 January (UTC+8) belongs to the new year.
        var from = Domain.Calendar.ChinaTime.StartOfYear(year);
        var to = from.AddYears(1);
        return (await db.Items.AsNoTracking().Public()
                .Where(i => ids.Contains(i.AgencyId) && i.PublishedAt >= from && i.PublishedAt < to)
                .Select(i => new { i.AgencyId, i.Id, i.CategoryCode }).ToListAsync(cancellationToken))
            .ToLookup(i => i.AgencyId, i => (i.Id, i.CategoryCode));
    }

    private static ProactiveCounts CountPublished(IEnumerable<(int Id, string CategoryCode)> published, Dictionary<string, CellSources> sources)
    {
        var items = published.ToList();
        InformationCategory[] headline =
        [
            InformationCategory.WorkUpdates, InformationCategory.PlansAndSummaries, InformationCategory.Personnel,
            InformationCategory.LawEnforcement, InformationCategory.Other,
        ];
        var counts = new List<(string, string, int)>();
        foreach (var category in headline)
        {
            List<int> ids = [.. items.Where(i => category == InformationCategory.Other
                    ? headline.All(h => h == InformationCategory.Other || h.Code != i.CategoryCode)
                    : i.CategoryCode == category.Code)
                .Select(i => i.Id).Order()];
            sources[CellKeys.Published(category.Code)] = new CellSources(SourceKind.Item, ids);
            counts.Add((category.Code, category.Name, ids.Count));
        }

        sources[CellKeys.Published("all")] = new CellSources(SourceKind.Item, [.. items.Select(i => i.Id).Order()]);
        return new ProactiveCounts(items.Count, counts);
    }

    /// <summary>信息处理费 paid in the year by agency: each payment pays the case's latest fee notice before it.</summary>
    private async Task<Dictionary<int, long>> ProcessingFeesPaidAsync(List<int> ids, DateOnly start, DateOnly end, CancellationToken cancellationToken)
    {
        var paidCases = db.ApplicationEvents.Where(e => e.Kind == "fee_paid" && e.On >= start && e.On <= end)
            .Join(db.Applications.Where(a => ids.Contains(a.AgencyId)), e => e.ApplicationId, a => a.Id, (e, a) => e.ApplicationId);
        var rows = await db.ApplicationEvents.AsNoTracking()
            .Where(e => (e.Kind == "fee_notice" || e.Kind == "fee_paid") && paidCases.Contains(e.ApplicationId))
            .Join(db.Applications, e => e.ApplicationId, a => a.Id, (e, a) => new { a.AgencyId, e.ApplicationId, e.Sequence, e.Kind, e.On, e.Data })
            .ToListAsync(cancellationToken);
        var totals = new Dictionary<int, long>();
        foreach (var log in rows.GroupBy(r => r.ApplicationId))
        {
            long notice = 0;
            foreach (var e in log.OrderBy(e => e.Sequence))
            {
                switch (ApplicationEventCodec.Decode(e.Kind, e.On, e.Data))
                {
                    case FeeNoticeIssued issued:
                        notice = issued.AmountFen;
                        break;
                    case FeePaid paid when paid.On >= start && paid.On <= end:
                        totals[e.AgencyId] = totals.GetValueOrDefault(e.AgencyId) + notice;
                        break;
                }
            }
        }

        return totals;
    }
}
