using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Domain.Applications;
using OpenGovInfo.Domain.Calendar;
using OpenGovInfo.Platform.Common;
using OpenGovInfo.Platform.Data;

namespace OpenGovInfo.Platform.Applications;

/// <summary>A reconsideration or lawsuit as entered.</summary>
/// <param name="Id">Existing record to update, or null for a new one.</param>
/// <param name="ApplicationId">The application it concerns, if any.</param>
/// <param name="Kind">复议 / 直接起诉 / 复议后起诉.</param>
/// <param name="Body">The reconsideration body or court.</param>
/// <param name="CaseNumber">案号.</param>
/// <param name="FiledOn">Filing date.</param>
/// <param name="Result">Result so far.</param>
/// <param name="DecidedOn">Decision date.</param>
/// <param name="Note">Notes.</param>
public sealed record RemedyInput(int? Id, int? ApplicationId, RemedyKind Kind, string? Body, string? CaseNumber, DateOnly FiledOn, RemedyResult Result, DateOnly? DecidedOn, string? Note);

/// <summary>The agency's officer records or updates a reconsideration or lawsuit (annual-report section 四).</summary>
public sealed class RecordRemedy(OpenGovInfoDbContext db, TimeProvider clock)
{
    /// <summary>Runs the use case; the value is the record's id.</summary>
    public async Task<Result<int>> RunAsync(int agencyId, RemedyInput input, CaseActor actor, CancellationToken cancellationToken = default)
    {
        if (!actor.IsOfficerOf(agencyId))
        {
            return Result.Failure<int>(new Error(ErrorCodes.Forbidden, "复议、诉讼记录须由本机关信息员登记。"));
        }

        var errors = new List<Error>();
        var body = input.Body?.Trim() ?? string.Empty;
        if (body.Length is 0 or > 100)
        {
            errors.Add(new(ErrorCodes.Invalid, "请填写复议机关或人民法院（100 字以内）。", "Body"));
        }

        var today = ChinaTime.Today(clock);
        if (input.FiledOn > today)
        {
            errors.Add(new(ErrorCodes.Invalid, "申请或起诉日期不能晚于今天。", "FiledOn"));
        }

        if (input.Result == RemedyResult.Pending ? input.DecidedOn is not null : input.DecidedOn is not { } decided || decided < input.FiledOn || decided > today)
        {
            errors.Add(new(ErrorCodes.Invalid, input.Result == RemedyResult.Pending ? "尚未审结的不应填写审结日期。" : "已审结的须填写审结日期（不早于申请日期、不晚于今天）。", "DecidedOn"));
        }

        if (input.ApplicationId is { } applicationId && !await db.Applications.AnyAsync(a => a.Id == applicationId && a.AgencyId == agencyId, cancellationToken))
        {
            errors.Add(new(ErrorCodes.Invalid, "关联的申请不属于本机关。", "ApplicationId"));
        }

        if (errors.Count > 0)
        {
            return Result.Failure<int>([.. errors]);
        }

        RemedyRow? row;
        if (input.Id is { } id)
        {
            row = await db.Remedies.FirstOrDefaultAsync(r => r.Id == id && r.AgencyId == agencyId, cancellationToken);
            if (row is null)
            {
                return Result.Failure<int>(Error.NotFound("该复议或诉讼记录"));
            }
        }
        else
        {
            row = new RemedyRow { AgencyId = agencyId };
            db.Remedies.Add(row);
        }

        row.ApplicationId = input.ApplicationId;
        row.Kind = input.Kind;
        row.Body = body;
        row.CaseNumber = input.CaseNumber?.Trim() is { Length: > 0 } n ? n[..Math.Min(n.Length, 60)] : null;
        row.FiledOn = input.FiledOn;
        row.Result = input.Result;
        row.DecidedOn = input.DecidedOn;
        row.Note = input.Note?.Trim() is { Length: > 0 } note ? note[..Math.Min(note.Length, 1000)] : null;
        row.RecordedBy = actor.Name;
        row.RecordedAt = clock.GetUtcNow().ToUniversalTime();
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success(row.Id);
    }
}
