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
public sealed class CompileAnnualReport(OpenGovInfoDbContext db)
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

        if (year < FirstYear || year > 9998)
        {
            return Result.Failure<CompiledReport>(new Error(ErrorCodes.Invalid, $"只能编制{FirstYear}年及以后年度的年报（此前年度适用试行格式，请导入已发布的年报）。", "Year"));
        }

        var report = new AnnualReport(ReportFormat.Format2021) { Agency = agency, Year = year };
        var sources = new Dictionary<string, CellSources>(StringComparer.Ordinal);
        var start = new DateOnly(year, 1, 1);
        var previousEnd = start.AddDays(-1);
        var end = new DateOnly(year, 12, 31);

        // Every case that touches the year: received by its end and not closed before it began.
        var cases = await db.Applications.AsNoTracking()
            .Where(a => a.AgencyId == agencyId && a.ReceivedOn <= end && (a.ClosedOn == null || a.ClosedOn > previousEnd))
            .Select(a => new CaseFacts(a.Id, a.ApplicantKind, a.ReceivedOn, a.ClosedOn, a.OutcomeCode))
            .ToListAsync(cancellationToken);
        ApplicationsTableCompiler.Compile(year, cases, report.Applications!, sources);

        var remedies = await db.Remedies.AsNoTracking()
            .Where(r => r.AgencyId == agencyId && r.FiledOn >= start && r.FiledOn <= end)
            .Select(r => new RemedyFacts(r.Id, r.Kind, r.FiledOn, r.Result, r.DecidedOn))
            .ToListAsync(cancellationToken);
        ReviewTableCompiler.Compile(year, remedies, report.ReviewLitigation!, sources);

        var documents = await db.Set<RegisterDocumentRow>().AsNoTracking().Where(d => d.AgencyId == agencyId && d.IssuedOn <= end).ToListAsync(cancellationToken);
        var decisions = await db.Set<RegisterDecisionRow>().AsNoTracking()
            .Where(d => d.AgencyId == agencyId && d.DecidedOn >= start && d.DecidedOn <= end).ToListAsync(cancellationToken);
        var fees = await db.Set<RegisterFeeRow>().AsNoTracking()
            .Where(f => f.AgencyId == agencyId && f.CollectedOn >= start && f.CollectedOn <= end).ToListAsync(cancellationToken);
        ProactiveTableCompiler.Compile(year, documents, decisions, fees, report.Proactive!, sources);

        var published = await CountPublishedAsync(agencyId, year, sources, cancellationToken);
        var feesFen = await ProcessingFeesPaidAsync(agencyId, start, end, cancellationToken);
        report.Sections[ReportCodes.Sections.Overview] = NarrativeDrafts.Overview(agency, year, published, report.Applications!);
        report.Sections[ReportCodes.Sections.ProblemsAndImprovements] = NarrativeDrafts.ToFill;
        report.Sections[ReportCodes.Sections.OtherMatters] = NarrativeDrafts.OtherMatters(year, feesFen);
        return Result.Success(new CompiledReport(agencyId, report, sources, published, feesFen));
    }

    private async Task<ProactiveCounts> CountPublishedAsync(int agencyId, int year, Dictionary<string, CellSources> sources, CancellationToken cancellationToken)
    {
        // The year in Beijing time: an item released at 00:30 on 1 January (UTC+8) belongs to the new year.
        var from = Domain.Calendar.ChinaTime.StartOfYear(year);
        var to = from.AddYears(1);
        var items = await db.Items.AsNoTracking().Public()
            .Where(i => i.AgencyId == agencyId && i.PublishedAt >= from && i.PublishedAt < to)
            .Select(i => new { i.Id, i.CategoryCode }).ToListAsync(cancellationToken);
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

    /// <summary>信息处理费 paid in the year: each payment pays the case's latest fee notice before it.</summary>
    private async Task<long> ProcessingFeesPaidAsync(int agencyId, DateOnly start, DateOnly end, CancellationToken cancellationToken)
    {
        var paidCases = db.ApplicationEvents.Where(e => e.Kind == "fee_paid" && e.On >= start && e.On <= end)
            .Join(db.Applications.Where(a => a.AgencyId == agencyId), e => e.ApplicationId, a => a.Id, (e, a) => e.ApplicationId);
        var rows = await db.ApplicationEvents.AsNoTracking()
            .Where(e => (e.Kind == "fee_notice" || e.Kind == "fee_paid") && paidCases.Contains(e.ApplicationId))
            .Select(e => new { e.ApplicationId, e.Sequence, e.Kind, e.On, e.Data })
            .ToListAsync(cancellationToken);
        long total = 0;
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
                        total += notice;
                        break;
                }
            }
        }

        return total;
    }
}
