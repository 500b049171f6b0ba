using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Domain.Calendar;
using OpenGovInfo.Domain.Publishing.Registers;
using OpenGovInfo.Platform.Data;

namespace OpenGovInfo.Platform.Registers;

/// <summary>A normative document as published, with its status on today's date (Beijing time).</summary>
/// <remarks><paramref name="CorrectedOn"/> is the date (Beijing) of the last 更正, shown as 已更正; null when never corrected.</remarks>
public sealed record PublicDocument(RegisterDocumentKind Kind, string Title, string DocumentNumber, DateOnly IssuedOn, DateOnly? RepealedOn, bool InForce, DateOnly? CorrectedOn = null);

/// <summary>A decision as published: the party and every text field already masked (<see cref="PublicRegisterText"/>).</summary>
public sealed record PublicDecision(EnforcementDecisionKind Kind, string DecisionNumber, DateOnly DecidedOn, string Subject, DateOnly? CorrectedOn = null);

/// <summary>A fee as published.</summary>
public sealed record PublicFee(string FeeItem, long AmountFen, DateOnly CollectedOn, DateOnly? CorrectedOn = null);

/// <summary>One page of an agency's public registers for a year (or all years).</summary>
public sealed record PublicRegisters(
    int? Year, int Page, int PageSize, IReadOnlyList<int> Years,
    IReadOnlyList<PublicDocument> Documents, int DocumentTotal,
    IReadOnlyDictionary<EnforcementDecisionKind, int> DecisionCounts, IReadOnlyList<PublicDecision> Decisions, int DecisionTotal,
    IReadOnlyList<PublicFee> Fees, int FeeTotal, long FeeTotalFen)
{
    /// <summary>Pages needed for the longest of the three lists.</summary>
    public int PageCount => Math.Max(1, (Math.Max(DocumentTotal, Math.Max(DecisionTotal, FeeTotal)) + PageSize - 1) / PageSize);
}

/// <summary>
/// The public 第二十条 register page of an agency (anonymous): 规章和规范性文件 with their in-force status, decisions
/// counted per kind and listed with the party masked, fees with their total. Filtered by year, paged. Withdrawn rows
/// (撤回) are left out everywhere, counts and years included; corrected rows show their corrected values.
/// </summary>
public sealed class ListPublicRegisters(OpenGovInfoDbContext db, TimeProvider clock)
{
    /// <summary>Rows per list and page.</summary>
    public const int PageSize = 20;

    /// <summary>Runs the query; <paramref name="page"/> is clamped to at least 1.</summary>
    public async Task<PublicRegisters> RunAsync(int agencyId, int? year, int page, CancellationToken cancellationToken = default)
    {
        page = Math.Clamp(page, 1, 10_000);
        var skip = (page - 1) * PageSize;
        var today = ChinaTime.Today(clock);
        var (from, to) = year is { } y ? (new DateOnly(y, 1, 1), new DateOnly(y, 12, 31)) : (DateOnly.MinValue, DateOnly.MaxValue);

        var documents = db.Set<RegisterDocumentRow>().AsNoTracking().Where(r => r.AgencyId == agencyId && r.WithdrawnAt == null && r.IssuedOn >= from && r.IssuedOn <= to);
        var decisions = db.Set<RegisterDecisionRow>().AsNoTracking().Where(r => r.AgencyId == agencyId && r.WithdrawnAt == null && r.DecidedOn >= from && r.DecidedOn <= to);
        var fees = db.Set<RegisterFeeRow>().AsNoTracking().Where(r => r.AgencyId == agencyId && r.WithdrawnAt == null && r.CollectedOn >= from && r.CollectedOn <= to);

        var documentRows = await documents.OrderByDescending(r => r.IssuedOn).ThenBy(r => r.Id).Skip(skip).Take(PageSize).ToListAsync(cancellationToken);
        var decisionRows = await decisions.OrderByDescending(r => r.DecidedOn).ThenBy(r => r.Id).Skip(skip).Take(PageSize).ToListAsync(cancellationToken);
        var feeRows = await fees.OrderByDescending(r => r.CollectedOn).ThenBy(r => r.Id).Skip(skip).Take(PageSize).ToListAsync(cancellationToken);
        var counts = await decisions.GroupBy(r => r.Kind).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);

        return new PublicRegisters(
            year, page, PageSize, await YearsAsync(agencyId, cancellationToken),
            [.. documentRows.Select(r => new PublicDocument(r.Kind, PublicRegisterText.Field(r.Title), PublicRegisterText.Field(r.DocumentNumber), r.IssuedOn, r.RepealedOn,
                new NormativeDocumentRecord(r.Kind, r.Title, r.DocumentNumber, r.IssuedOn, r.RepealedOn).IsInForce(today), Corrected(r.CorrectedAt)))],
            await documents.CountAsync(cancellationToken),
            counts.ToDictionary(c => c.Key, c => c.Count),
            [.. decisionRows.Select(r => new PublicDecision(r.Kind, PublicRegisterText.Field(r.DecisionNumber), r.DecidedOn, PublicRegisterText.Subject(r.SubjectPublicName, r.IsNaturalPerson), Corrected(r.CorrectedAt)))],
            counts.Sum(c => c.Count),
            [.. feeRows.Select(r => new PublicFee(PublicRegisterText.Field(r.FeeItem), r.AmountFen, r.CollectedOn, Corrected(r.CorrectedAt)))],
            await fees.CountAsync(cancellationToken), await fees.SumAsync(r => r.AmountFen, cancellationToken));
    }

    private async Task<IReadOnlyList<int>> YearsAsync(int agencyId, CancellationToken cancellationToken)
    {
        var dates = await db.Set<RegisterDocumentRow>().Where(r => r.AgencyId == agencyId && r.WithdrawnAt == null).Select(r => r.IssuedOn)
            .Concat(db.Set<RegisterDecisionRow>().Where(r => r.AgencyId == agencyId && r.WithdrawnAt == null).Select(r => r.DecidedOn))
            .Concat(db.Set<RegisterFeeRow>().Where(r => r.AgencyId == agencyId && r.WithdrawnAt == null).Select(r => r.CollectedOn))
            .Distinct().ToListAsync(cancellationToken);
        return [.. dates.Select(d => d.Year).Distinct().OrderDescending()];
    }

    private static DateOnly? Corrected(DateTimeOffset? at) => at is { } instant ? ChinaTime.DateOf(instant) : null;
}
