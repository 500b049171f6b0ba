using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Domain.AnnualReports;
using OpenGovInfo.Platform.Data;
using OpenGovInfo.Platform.Publishing;
using OpenGovInfo.Platform.Registers;

namespace OpenGovInfo.Platform.AnnualReports;

/// <summary>
/// The records a year's reports count, for several agencies at once (one query per kind of record, <c>AgencyId IN (…)</c>):
/// the cases touching the year, the remedies filed in it, the 第二十条 register rows and the items published in it.
/// Filled into a report by the table compilers, which also record every cell's records (the drill-down lists).
/// </summary>
internal sealed class ReportRecords(
    int year, ILookup<int, CaseFacts> cases, ILookup<int, RemedyFacts> remedies, ILookup<int, RegisterDocumentRow> documents,
    ILookup<int, RegisterDecisionRow> decisions, ILookup<int, RegisterFeeRow> fees, ILookup<int, (int Id, string CategoryCode)> items)
{
    /// <summary>Reads the records of <paramref name="ids"/> for <paramref name="year"/>.</summary>
    public static async Task<ReportRecords> LoadAsync(OpenGovInfoDbContext db, List<int> ids, int year, CancellationToken cancellationToken)
    {
        var start = new DateOnly(year, 1, 1);
        var end = new DateOnly(year, 12, 31);
        var previousEnd = start.AddDays(-1);
        // The year in Beijing time: an item released at 00:30 on 1 January (UTC+8) belongs to the new year.
        var from = Domain.Calendar.ChinaTime.StartOfYear(year);
        var to = from.AddYears(1);

        // Every case that touches the year: received by its end and not closed before it began.
        var cases = (await db.Applications.AsNoTracking()
                .Where(a => ids.Contains(a.AgencyId) && a.ReceivedOn <= end && (a.ClosedOn == null || a.ClosedOn > previousEnd))
                .Select(a => new { a.AgencyId, Facts = new CaseFacts(a.Id, a.ApplicantKind, a.ReceivedOn, a.ClosedOn, a.OutcomeCode) })
                .ToListAsync(cancellationToken))
            .ToLookup(c => c.AgencyId, c => c.Facts);
        var remedies = (await db.Remedies.AsNoTracking()
                .Where(r => ids.Contains(r.AgencyId) && r.FiledOn >= start && r.FiledOn <= end)
                .Select(r => new { r.AgencyId, Facts = new RemedyFacts(r.Id, r.Kind, r.FiledOn, r.Result, r.DecidedOn) })
                .ToListAsync(cancellationToken))
            .ToLookup(r => r.AgencyId, r => r.Facts);
        // A withdrawn register row (撤回, typically entered in error) is not on the register and is not counted; a
        // corrected row counts with its corrected values.
        var documents = (await db.Set<RegisterDocumentRow>().AsNoTracking()
            .Where(d => ids.Contains(d.AgencyId) && d.IssuedOn <= end && d.WithdrawnAt == null).ToListAsync(cancellationToken)).ToLookup(d => d.AgencyId);
        var decisions = (await db.Set<RegisterDecisionRow>().AsNoTracking()
            .Where(d => ids.Contains(d.AgencyId) && d.DecidedOn >= start && d.DecidedOn <= end && d.WithdrawnAt == null).ToListAsync(cancellationToken)).ToLookup(d => d.AgencyId);
        var fees = (await db.Set<RegisterFeeRow>().AsNoTracking()
            .Where(f => ids.Contains(f.AgencyId) && f.CollectedOn >= start && f.CollectedOn <= end && f.WithdrawnAt == null).ToListAsync(cancellationToken)).ToLookup(f => f.AgencyId);
        var items = (await db.Items.AsNoTracking().Public()
                .Where(i => ids.Contains(i.AgencyId) && i.PublishedAt >= from && i.PublishedAt < to)
                .Select(i => new { i.AgencyId, i.Id, i.CategoryCode }).ToListAsync(cancellationToken))
            .ToLookup(i => i.AgencyId, i => (i.Id, i.CategoryCode));
        return new ReportRecords(year, cases, remedies, documents, decisions, fees, items);
    }

    /// <summary>Fills Tables 二–四 of <paramref name="report"/> with <paramref name="agencyId"/>'s records and records every cell's; returns the overview's counts.</summary>
    public ProactiveCounts Fill(int agencyId, AnnualReport report, IDictionary<string, CellSources> sources)
    {
        ApplicationsTableCompiler.Compile(year, cases[agencyId], CompiledTables.Applications(report), sources);
        ReviewTableCompiler.Compile(year, remedies[agencyId], CompiledTables.ReviewLitigation(report), sources);
        ProactiveTableCompiler.Compile(year, [.. documents[agencyId]], [.. decisions[agencyId]], [.. fees[agencyId]], CompiledTables.Proactive(report), sources);
        return PublishedCategories.Count(items[agencyId], sources);
    }
}
