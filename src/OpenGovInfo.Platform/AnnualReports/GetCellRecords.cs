using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Domain.Applications;
using OpenGovInfo.Domain.Publishing.Registers;
using OpenGovInfo.Platform.Applications;
using OpenGovInfo.Platform.Common;
using OpenGovInfo.Platform.Data;
using OpenGovInfo.Platform.Registers;

namespace OpenGovInfo.Platform.AnnualReports;

/// <summary>The drill-down: the records the platform's records give for one cell of an agency's report now.</summary>
public sealed class GetCellRecords(OpenGovInfoDbContext db, CompileAnnualReport compile)
{
    /// <summary>Runs the query.</summary>
    public async Task<Result<(string Label, IReadOnlyList<CellRecord> Records)>> RunAsync(int agencyId, int year, string key, CancellationToken cancellationToken = default)
    {
        var compiled = await compile.RunAsync(agencyId, year, cancellationToken);
        if (!compiled.IsSuccess)
        {
            return Result.Failure<(string, IReadOnlyList<CellRecord>)>([.. compiled.Errors]);
        }

        if (!compiled.Value.Sources.TryGetValue(key, out var sources))
        {
            return Result.Failure<(string, IReadOnlyList<CellRecord>)>(Error.NotFound("该单元格"));
        }

        var ids = sources.Ids.ToList();
        var date = (DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        IReadOnlyList<CellRecord> records = sources.Kind switch
        {
            SourceKind.Application => [.. (await db.Applications.AsNoTracking().Where(a => ids.Contains(a.Id))
                    .Select(a => new { a.Id, a.TrackingCode, a.ApplicantKind, a.ReceivedOn, a.ClosedOn, a.OutcomeCode }).ToListAsync(cancellationToken))
                .OrderBy(a => a.Id).Select(a => new CellRecord(a.Id, a.TrackingCode,
                    $"{ApplicantKinds.Column(a.ApplicantKind).Label}；收到 {date(a.ReceivedOn)}；" +
                    (a.ClosedOn is { } c ? $"办结 {date(c)}（{ApplicationOutcome.FromCode(a.OutcomeCode ?? "")?.FullLabel}）" : "办理中"),
                    $"/staff/agencies/{agencyId}/applications/{a.Id}"))],
            SourceKind.Remedy => [.. (await db.Remedies.AsNoTracking().Where(r => ids.Contains(r.Id)).ToListAsync(cancellationToken))
                .OrderBy(r => r.Id).Select(r => new CellRecord(r.Id, $"{r.Kind.Name()} {r.CaseNumber}",
                    $"{r.Body}；{date(r.FiledOn)} 提起；{r.Result.Name()}{(r.DecidedOn is { } d ? $"（{date(d)}）" : "")}",
                    r.ApplicationId is { } app ? $"/staff/agencies/{agencyId}/applications/{app}" : null))],
            SourceKind.RegisterDocument => [.. (await db.Set<RegisterDocumentRow>().AsNoTracking().Where(r => ids.Contains(r.Id)).ToListAsync(cancellationToken))
                .OrderBy(r => r.Id).Select(r => new CellRecord(r.Id, $"{r.Title}（{r.DocumentNumber}）",
                    $"发布 {date(r.IssuedOn)}{(r.RepealedOn is { } x ? $"；废止 {date(x)}" : "；现行有效")}", $"/staff/agencies/{agencyId}/registers"))],
            SourceKind.RegisterDecision => [.. (await db.Set<RegisterDecisionRow>().AsNoTracking().Where(r => ids.Contains(r.Id)).ToListAsync(cancellationToken))
                .OrderBy(r => r.Id).Select(r => new CellRecord(r.Id, r.DecisionNumber,
                    $"{(r.Kind switch { EnforcementDecisionKind.Licensing => "行政许可", EnforcementDecisionKind.Penalty => "行政处罚", _ => "行政强制" })}；决定 {date(r.DecidedOn)}；{r.SubjectPublicName}",
                    $"/staff/agencies/{agencyId}/registers"))],
            SourceKind.RegisterFee => [.. (await db.Set<RegisterFeeRow>().AsNoTracking().Where(r => ids.Contains(r.Id)).ToListAsync(cancellationToken))
                .OrderBy(r => r.Id).Select(r => new CellRecord(r.Id, r.FeeItem,
                    $"{r.AmountFen / 100m:0.00} 元；收费 {date(r.CollectedOn)}", $"/staff/agencies/{agencyId}/registers"))],
            _ => [.. (await db.Items.AsNoTracking().Where(i => ids.Contains(i.Id)).Select(i => new { i.Id, i.Title, i.IndexNumber, i.PublishedAt }).ToListAsync(cancellationToken))
                .OrderBy(i => i.Id).Select(i => new CellRecord(i.Id, i.Title,
                    $"{i.IndexNumber}；发布 {(i.PublishedAt is { } p ? date(Domain.Calendar.ChinaTime.DateOf(p)) : "")}", $"/staff/agencies/{agencyId}/items/{i.Id}"))],
        };
        return Result.Success((CellLabels.Describe(key), records));
    }
}
