using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Documents.Writing;
using OpenGovInfo.Platform.Common;
using OpenGovInfo.Platform.Data;
using OpenGovInfo.Platform.Portal;

namespace OpenGovInfo.Platform.AnnualReports;

/// <summary>
/// 政务公开办 returns a submitted report with comments, or clears it — and a cleared report is published at once on
/// the agency's 年报 column: the version is frozen (SHA-256 of its canonical JSON recorded) and rendered to HTML,
/// DOCX and PDF, with JSON and CSV for open data, each file with its own hash.
/// </summary>
public sealed class ReviewReport(OpenGovInfoDbContext db, ReportStore store, PublicContentSignal signal, TimeProvider clock)
{
    /// <summary>退回 with <paramref name="comment"/>.</summary>
    public Task<Result<int>> ReturnAsync(int agencyId, int year, string? comment, ReportActor actor, CancellationToken cancellationToken = default) =>
        RunAsync(agencyId, year, ReportAction.Return, comment, actor, cancellationToken);

    /// <summary>审核通过 and publish.</summary>
    public Task<Result<int>> ClearAsync(int agencyId, int year, string? comment, ReportActor actor, CancellationToken cancellationToken = default) =>
        RunAsync(agencyId, year, ReportAction.Clear, comment, actor, cancellationToken);

    private async Task<Result<int>> RunAsync(int agencyId, int year, ReportAction action, string? comment, ReportActor actor, CancellationToken cancellationToken)
    {
        var scope = await store.ScopeAsync(agencyId, cancellationToken);
        if (!actor.ReviewsFor(scope))
        {
            return Result.Failure<int>(new Error(ErrorCodes.Forbidden, scope.IsDistrict ? "全区年度报告由区人民政府审批领导审核。" : "年度报告由政务公开办审核。"));
        }

        var row = await store.FindAsync(agencyId, year, cancellationToken);
        if (row is null)
        {
            return Result.Failure<int>(Error.NotFound("该年度报告"));
        }

        if (row.Status != ReportStatus.Submitted)
        {
            return Result.Failure<int>(new Error(ErrorCodes.Conflict, $"年度报告{row.Status.Name()}，只能审核已报送的报告。"));
        }

        comment = comment?.Trim();
        if (action == ReportAction.Return && string.IsNullOrEmpty(comment))
        {
            return Result.Failure<int>(new Error(ErrorCodes.Invalid, "退回须填写审核意见。", "Comment"));
        }

        if (comment is { Length: > 2000 })
        {
            return Result.Failure<int>(new Error(ErrorCodes.Invalid, "审核意见不超过 2000 字。", "Comment"));
        }

        var now = clock.GetUtcNow().ToUniversalTime();
        row.UpdatedAt = now;
        db.Add(new AnnualReportEventRow { ReportId = row.Id, Action = action, Version = row.Version, ActorId = actor.Id, ActorName = actor.Name, At = now, Comment = comment });
        if (action == ReportAction.Return)
        {
            row.Status = ReportStatus.Returned;
        }
        else
        {
            var json = await db.Set<AnnualReportVersionRow>().Where(v => v.ReportId == row.Id && v.Version == row.Version).Select(v => v.Json).SingleAsync(cancellationToken);
            var report = ReportStore.Parse(json);
            row.Status = ReportStatus.Published;
            row.PublishedAt = now;
            row.ContentHash = Sha256(Encoding.UTF8.GetBytes(json));
            AddFile(row, "json", "application/json", Encoding.UTF8.GetBytes(json));
            AddFile(row, "csv", "text/csv; charset=utf-8", ReportCsv.Write(report));
            AddFile(row, "html", "text/html; charset=utf-8", Encoding.UTF8.GetBytes(HtmlReportRenderer.RenderDocument(report)));
            foreach (var (name, type) in new[] { ("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"), ("pdf", "application/pdf") })
            {
                using var output = new MemoryStream();
                (ReportRenderers.Find(name) ?? throw new InvalidOperationException($"No renderer for {name}.")).Render(report, output);
                AddFile(row, name, type, output.ToArray());
            }

            db.Add(new AnnualReportEventRow { ReportId = row.Id, Action = ReportAction.Publish, Version = row.Version, ActorId = actor.Id, ActorName = actor.Name, At = now });
        }

        await db.SaveChangesAsync(cancellationToken);
        if (action == ReportAction.Clear)
        {
            await signal.RaiseAsync(cancellationToken);
        }

        return Result.Success(row.Version);
    }

    private void AddFile(AnnualReportRow row, string format, string contentType, byte[] content) =>
        db.Add(new AnnualReportFileRow { ReportId = row.Id, Format = format, ContentType = contentType, Content = content, Sha256 = Sha256(content) });

    /// <summary>Lower-case hex SHA-256.</summary>
    public static string Sha256(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));
}
