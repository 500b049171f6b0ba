using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Domain.Applications;
using OpenGovInfo.Domain.Applications.Letters;
using OpenGovInfo.Platform.Common;
using OpenGovInfo.Platform.Data;

namespace OpenGovInfo.Platform.Applications;

/// <summary>One outcome's template as the agency's officers will get it.</summary>
/// <param name="Outcome">The outcome.</param>
/// <param name="Body">The decision text.</param>
/// <param name="LegalBasis">The legal basis.</param>
/// <param name="IsAgencyOwn">True when the agency changed the national default.</param>
public sealed record ReplyTemplate(ApplicationOutcome Outcome, string Body, string LegalBasis, bool IsAgencyOwn);

/// <summary>
/// Reply templates per agency: the national default wording of each outcome (<see cref="ReplyTemplates"/>) unless the
/// agency's 机关管理员 has written its own. Drafts start from here; each letter stays editable.
/// </summary>
public sealed class ReplyTemplateStore(OpenGovInfoDbContext db, TimeProvider clock)
{
    /// <summary>The outcomes a reply letter can have (the two “视为放弃” outcomes come from their steps, not a letter).</summary>
    public static IReadOnlyList<ApplicationOutcome> LetterOutcomes { get; } =
        [.. ApplicationOutcome.All.Where(o => o != ApplicationOutcome.SupplementOverdue && o != ApplicationOutcome.FeeUnpaid)];

    /// <summary>The template in force for <paramref name="outcome"/> at <paramref name="agencyId"/>.</summary>
    public async Task<ReplyTemplate> ForAsync(int agencyId, ApplicationOutcome outcome, CancellationToken cancellationToken = default)
    {
        var own = await db.ReplyTemplates.AsNoTracking().FirstOrDefaultAsync(t => t.AgencyId == agencyId && t.OutcomeCode == outcome.Code, cancellationToken);
        return own is null
            ? new ReplyTemplate(outcome, ReplyTemplates.Body(outcome), ReplyTemplates.LegalBasis(outcome), false)
            : new ReplyTemplate(outcome, own.Body, own.LegalBasis, true);
    }

    /// <summary>Every letter outcome's template at <paramref name="agencyId"/>.</summary>
    public async Task<IReadOnlyList<ReplyTemplate>> AllAsync(int agencyId, CancellationToken cancellationToken = default)
    {
        var own = await db.ReplyTemplates.AsNoTracking().Where(t => t.AgencyId == agencyId).ToDictionaryAsync(t => t.OutcomeCode, cancellationToken);
        return [.. LetterOutcomes.Select(o => own.TryGetValue(o.Code, out var t)
            ? new ReplyTemplate(o, t.Body, t.LegalBasis, true)
            : new ReplyTemplate(o, ReplyTemplates.Body(o), ReplyTemplates.LegalBasis(o), false))];
    }

    /// <summary>Saves the agency's wording; empty text restores the national default.</summary>
    public async Task<Result<ReplyTemplate>> SaveAsync(int agencyId, string? outcomeCode, string? body, string? legalBasis, string actor, CancellationToken cancellationToken = default)
    {
        var outcome = ApplicationOutcome.FromCode(outcomeCode ?? string.Empty);
        if (outcome is null || !LetterOutcomes.Contains(outcome))
        {
            return Result.Failure<ReplyTemplate>(new Error(ErrorCodes.Invalid, "请选择答复结果。", "OutcomeCode"));
        }

        var text = (body ?? string.Empty).Trim();
        var basis = (legalBasis ?? string.Empty).Trim();
        if (text.Length > ReplyLetter.MaxBodyLength || basis.Length > 500)
        {
            return Result.Failure<ReplyTemplate>(new Error(ErrorCodes.Invalid, $"模板正文不能超过 {ReplyLetter.MaxBodyLength} 字，法律依据不能超过 500 字。", "Body"));
        }

        var row = await db.ReplyTemplates.FirstOrDefaultAsync(t => t.AgencyId == agencyId && t.OutcomeCode == outcome.Code, cancellationToken);
        if (text.Length == 0 && basis.Length == 0)
        {
            if (row is not null)
            {
                db.ReplyTemplates.Remove(row);
                await db.SaveChangesAsync(cancellationToken);
            }

            return Result.Success(new ReplyTemplate(outcome, ReplyTemplates.Body(outcome), ReplyTemplates.LegalBasis(outcome), false));
        }

        if (row is null)
        {
            row = new ReplyTemplateRow { AgencyId = agencyId, OutcomeCode = outcome.Code };
            db.ReplyTemplates.Add(row);
        }

        row.Body = text.Length > 0 ? text : ReplyTemplates.Body(outcome);
        row.LegalBasis = basis.Length > 0 ? basis : ReplyTemplates.LegalBasis(outcome);
        row.UpdatedBy = actor;
        row.UpdatedAt = clock.GetUtcNow().ToUniversalTime();
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success(new ReplyTemplate(outcome, row.Body, row.LegalBasis, true));
    }
}
