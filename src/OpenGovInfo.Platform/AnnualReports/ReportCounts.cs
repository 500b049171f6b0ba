using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Domain.AnnualReports;
using OpenGovInfo.Domain.Applications;
using OpenGovInfo.Domain.Publishing.Registers;
using OpenGovInfo.Platform.Applications;
using OpenGovInfo.Platform.Data;
using OpenGovInfo.Platform.Publishing;
using OpenGovInfo.Platform.Registers;

namespace OpenGovInfo.Platform.AnnualReports;

/// <summary>
/// What a year's reports count, counted by the database for several agencies at once (one GROUP BY per kind of record)
/// with the same tests as the table compilers apply to <see cref="ReportRecords"/>: for the roll-up and the dashboard,
/// which need every agency's numbers and no agency's lists. A district holds a million cases, tens of thousands of
/// remedies and, in real use, as many register rows and published items; reading them row by row into .NET was most
/// of the roll-up's time beyond what the database spends finding them.
/// </summary>
internal sealed class ReportCounts(
    ILookup<int, CaseCounts> cases, ILookup<int, (RemedyKind Kind, RemedyResult Result, int Count)> remedies,
    ILookup<int, (RegisterDocumentKind Kind, int Issued, int Repealed, int InForce)> documents,
    ILookup<int, (EnforcementDecisionKind Kind, int Count)> decisions, Dictionary<int, long> registerFees,
    ILookup<int, (string CategoryCode, int Count)> items)
{
    /// <summary>Counts the records of <paramref name="ids"/> for <paramref name="year"/>.</summary>
    public static async Task<ReportCounts> LoadAsync(OpenGovInfoDbContext db, List<int> ids, int year, CancellationToken cancellationToken)
    {
        var start = new DateOnly(year, 1, 1);
        var end = new DateOnly(year, 12, 31);
        var previousEnd = start.AddDays(-1);
        var from = Domain.Calendar.ChinaTime.StartOfYear(year);
        var to = from.AddYears(1);

        var cases = (await db.Applications.AsNoTracking()
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

        // Each remedy filed in the year under its result as it stood on 31 December (ReviewTableCompiler.AsOf).
        var remedies = (await db.Remedies.AsNoTracking()
                .Where(r => ids.Contains(r.AgencyId) && r.FiledOn >= start && r.FiledOn <= end)
                .GroupBy(r => new { r.AgencyId, r.Kind, Result = r.Result != RemedyResult.Pending && r.DecidedOn != null && r.DecidedOn <= end ? r.Result : RemedyResult.Pending })
                .Select(g => new { g.Key.AgencyId, g.Key.Kind, g.Key.Result, Count = g.Count() })
                .ToListAsync(cancellationToken))
            .ToLookup(r => r.AgencyId, r => (r.Kind, r.Result, r.Count));

        // Register rows as ReportRecords reads them (withdrawn rows are not on the register), counted as
        // ProactiveTableCompiler counts them.
        var documents = (await db.Set<RegisterDocumentRow>().AsNoTracking()
                .Where(d => ids.Contains(d.AgencyId) && d.IssuedOn <= end && d.WithdrawnAt == null)
                .GroupBy(d => new { d.AgencyId, d.Kind })
                .Select(g => new
                {
                    g.Key.AgencyId, g.Key.Kind,
                    Issued = g.Sum(d => d.IssuedOn >= start ? 1 : 0),
                    Repealed = g.Sum(d => d.RepealedOn != null && d.RepealedOn >= start && d.RepealedOn <= end ? 1 : 0),
                    InForce = g.Sum(d => d.RepealedOn == null || d.RepealedOn > end ? 1 : 0),
                })
                .ToListAsync(cancellationToken))
            .ToLookup(d => d.AgencyId, d => (d.Kind, d.Issued, d.Repealed, d.InForce));
        var decisions = (await db.Set<RegisterDecisionRow>().AsNoTracking()
                .Where(d => ids.Contains(d.AgencyId) && d.DecidedOn >= start && d.DecidedOn <= end && d.WithdrawnAt == null)
                .GroupBy(d => new { d.AgencyId, d.Kind })
                .Select(g => new { g.Key.AgencyId, g.Key.Kind, Count = g.Count() })
                .ToListAsync(cancellationToken))
            .ToLookup(d => d.AgencyId, d => (d.Kind, d.Count));
        var fees = await db.Set<RegisterFeeRow>().AsNoTracking()
            .Where(f => ids.Contains(f.AgencyId) && f.CollectedOn >= start && f.CollectedOn <= end && f.WithdrawnAt == null)
            .GroupBy(f => f.AgencyId)
            .Select(g => new { AgencyId = g.Key, Fen = g.Sum(f => f.AmountFen) })
            .ToDictionaryAsync(f => f.AgencyId, f => f.Fen, cancellationToken);

        // The year in Beijing time, as ReportRecords reads the items.
        var items = (await db.Items.AsNoTracking().Public()
                .Where(i => ids.Contains(i.AgencyId) && i.PublishedAt >= from && i.PublishedAt < to)
                .GroupBy(i => new { i.AgencyId, i.CategoryCode })
                .Select(g => new { g.Key.AgencyId, g.Key.CategoryCode, Count = g.Count() })
                .ToListAsync(cancellationToken))
            .ToLookup(i => i.AgencyId, i => (i.CategoryCode, i.Count));
        return new ReportCounts(cases, remedies, documents, decisions, fees, items);
    }

    /// <summary>Fills Tables 二–四 of <paramref name="report"/> with <paramref name="agencyId"/>'s counts; returns the overview's counts.</summary>
    public ProactiveCounts Fill(int agencyId, AnnualReport report)
    {
        ApplicationsTableCompiler.CompileCounts(cases[agencyId], CompiledTables.Applications(report));
        ReviewTableCompiler.CompileCounts(remedies[agencyId], CompiledTables.ReviewLitigation(report));
        ProactiveTableCompiler.CompileCounts([.. documents[agencyId]], [.. decisions[agencyId]], registerFees.GetValueOrDefault(agencyId), CompiledTables.Proactive(report));
        return PublishedCategories.FromCounts(items[agencyId]);
    }
}
