using System.Text;
using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Documents.Json;
using OpenGovInfo.Documents.Reading;
using OpenGovInfo.Domain.AnnualReports;
using OpenGovInfo.Domain.Calendar;
using OpenGovInfo.Platform.Common;
using OpenGovInfo.Platform.Data;

namespace OpenGovInfo.Platform.AnnualReports;

/// <summary>
/// Stores an agency's report for a year it did not compile on the platform (published before it came to the
/// platform) from the published file, read with the report reader: a first-class report record (source = imported,
/// status 已公开, the file and its SHA-256 kept), so that the next year's cross-year rules run against what was
/// actually published. <see cref="PreviewAsync"/> stores nothing; <see cref="ImportAsync"/> reads the file again
/// (nothing is trusted from the preview) and stores all or nothing.
/// </summary>
public sealed class ImportPublishedReport(OpenGovInfoDbContext db, ReportStore store, TimeProvider clock)
{
    /// <summary>Upload limit: published reports are a few hundred KB to a few MB; 20 MB leaves room for scanned-in images.</summary>
    public const int MaxBytes = 20 * 1024 * 1024;

    /// <summary>File kinds the reader reads, by extension → the format key the file is kept under and its MIME type.</summary>
    public static IReadOnlyDictionary<string, (string Format, string ContentType)> Kinds { get; } = new Dictionary<string, (string, string)>(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = ("pdf", "application/pdf"),
        [".docx"] = ("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        [".html"] = ("html", "text/html; charset=utf-8"),
        [".htm"] = ("html", "text/html; charset=utf-8"),
        [".txt"] = ("txt", "text/plain; charset=utf-8"),
        [".md"] = ("md", "text/markdown; charset=utf-8"),
    };

    /// <summary>Reads the file and checks it; stores nothing.</summary>
    public async Task<Result<ImportedReportPreview>> PreviewAsync(int agencyId, int year, string fileName, byte[] content, ReportActor actor, CancellationToken cancellationToken = default)
    {
        var read = await ReadAsync(agencyId, year, fileName, content, actor, cancellationToken);
        return read.IsSuccess ? Result.Success(read.Value.Preview) : Result.Failure<ImportedReportPreview>([.. read.Errors]);
    }

    /// <summary>
    /// Reads the file again and stores it as the agency's published report for <paramref name="year"/>, published on
    /// <paramref name="publishedOn"/> (the date on the site it was published on, which decides lateness).
    /// <paramref name="previewedSha256"/>, when given, must be the previewed file's hash.
    /// </summary>
    public async Task<Result<int>> ImportAsync(int agencyId, int year, string fileName, byte[] content, DateOnly? publishedOn, string? previewedSha256,
        ReportActor actor, CancellationToken cancellationToken = default)
    {
        var read = await ReadAsync(agencyId, year, fileName, content, actor, cancellationToken);
        if (!read.IsSuccess)
        {
            return Result.Failure<int>([.. read.Errors]);
        }

        var (preview, kind) = read.Value;
        if (!string.IsNullOrEmpty(previewedSha256) && !string.Equals(previewedSha256, preview.Sha256, StringComparison.OrdinalIgnoreCase))
        {
            return Result.Failure<int>(new Error(ErrorCodes.Invalid, "所选文件与预览的文件不同，请重新预览后确认。", "Upload"));
        }

        var today = ChinaTime.Today(clock);
        if (publishedOn is not { } published)
        {
            return Result.Failure<int>(new Error(ErrorCodes.Invalid, "请填写该报告的公开日期。", "PublishedOn"));
        }

        if (published.Year <= year || published > today)
        {
            return Result.Failure<int>(new Error(ErrorCodes.Invalid, $"公开日期应在 {year + 1} 年 1 月 1 日之后、不晚于今天。", "PublishedOn"));
        }

        var report = preview.Report;
        report.Findings.Clear();
        report.Findings.AddRange(preview.Findings);
        var json = AnnualReportJsonWriter.Serialize(report);
        var jsonBytes = Encoding.UTF8.GetBytes(json);
        var now = clock.GetUtcNow().ToUniversalTime();
        var row = new AnnualReportRow
        {
            AgencyId = agencyId, Year = year, Format = report.Definition.JsonName, Status = ReportStatus.Published, Version = 1,
            CreatedAt = now, UpdatedAt = now,
            PublishedAt = ChinaTime.At(published, TimeOnly.MinValue).ToUniversalTime(),
            ContentHash = ReviewReport.Sha256(jsonBytes), Source = ReportSource.Imported, SourceFileName = preview.FileName,
        };
        db.Add(row);
        db.Add(new AnnualReportVersionRow
        {
            Report = row, Version = 1, Json = json, SavedBy = actor.Name, SavedAt = now,
            ErrorCount = preview.Findings.Count(f => f.Severity == FindingSeverity.Error), WarningCount = preview.Findings.Count(f => f.Severity == FindingSeverity.Warning),
        });
        db.Add(new AnnualReportEventRow
        {
            Report = row, Action = ReportAction.Import, Version = 1, ActorId = actor.Id, ActorName = actor.Name, At = now,
            Comment = $"导入已公开的报告文件 {preview.FileName}（SHA-256 {preview.Sha256}）",
        });
        AddFile(row, kind.Format, kind.ContentType, content);
        AddFile(row, "json", "application/json", jsonBytes);
        AddFile(row, "csv", "text/csv; charset=utf-8", ReportCsv.Write(report));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException refused) when (!DatabaseOutage.Is(refused))
        {
            // Another officer stored this agency-year a moment ago (the unique agency-year index): nothing half-written.
            return Result.Failure<int>(new Error(ErrorCodes.Conflict, $"{year}年年度报告已存在，不能导入。"));
        }

        return Result.Success(row.Id);
    }

    private void AddFile(AnnualReportRow row, string format, string contentType, byte[] content) =>
        db.Add(new AnnualReportFileRow { Report = row, Format = format, ContentType = contentType, Content = content, Sha256 = ReviewReport.Sha256(content) });

    private async Task<Result<(ImportedReportPreview Preview, (string Format, string ContentType) Kind)>> ReadAsync(
        int agencyId, int year, string fileName, byte[] content, ReportActor actor, CancellationToken cancellationToken)
    {
        static Result<(ImportedReportPreview, (string, string))> Fail(string code, string message, string? field = "Upload") =>
            Result.Failure<(ImportedReportPreview, (string, string))>(new Error(code, message, field));

        var scope = await store.ScopeAsync(agencyId, cancellationToken);
        if (!actor.DraftsFor(scope))
        {
            return Fail(ErrorCodes.Forbidden, "只有本机关信息员或机关管理员可以导入本机关的年度报告。", null);
        }

        var agency = await db.Agencies.AsNoTracking().Where(a => a.Id == agencyId).Select(a => a.Name).FirstOrDefaultAsync(cancellationToken);
        if (agency is null)
        {
            return Result.Failure<(ImportedReportPreview, (string, string))>(Error.NotFound("该机关"));
        }

        var today = ChinaTime.Today(clock);
        if (year < 2019 || year >= today.Year)
        {
            return Fail(ErrorCodes.Invalid, $"只能导入 2019 年至 {today.Year - 1} 年（已结束年度）的年度报告。", "Year");
        }

        if (await store.FindAsync(agencyId, year, cancellationToken) is { } existing)
        {
            return Fail(ErrorCodes.Conflict, existing.Source == ReportSource.Imported
                ? $"{year}年年度报告已导入，不能重复导入。"
                : $"{year}年年度报告已在平台上编制（{existing.Status.Name()}），不能再导入。");
        }

        fileName = Path.GetFileName(fileName ?? string.Empty);
        if (content.Length == 0)
        {
            return Fail(ErrorCodes.Invalid, "请选择已公开的年度报告文件。");
        }

        if (content.Length > MaxBytes)
        {
            return Fail(ErrorCodes.Invalid, $"文件过大（上限 {MaxBytes / 1024 / 1024} MB）。");
        }

        if (!Kinds.TryGetValue(Path.GetExtension(fileName), out var kind))
        {
            return Fail(ErrorCodes.Invalid, "仅支持 PDF、DOCX、HTML 或文本（.txt、.md）格式的年度报告文件。");
        }

        if (fileName.Length > 200)
        {
            fileName = fileName[^200..];
        }

        ReportReadResult read;
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            read = AnnualReportReader.Read(stream, fileName, new ReadOptions { MaxBytes = MaxBytes }, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            // The reader reports expected failures as values; anything else must still end as a message, not a 500.
            return Fail(ErrorCodes.Unreadable, "无法读取该文件（文件可能已损坏）。");
        }

        if (!read.Succeeded || read.Report is not { } report)
        {
            return Fail(ErrorCodes.Unreadable, $"无法从该文件读出年度报告：{read.Error ?? read.Failure.ToString()}。");
        }

        if (report.Year is not { } readYear)
        {
            return Fail(ErrorCodes.Ambiguous, $"未能从文件中识别报告年度，无法确认是{year}年的年度报告。");
        }

        if (readYear != year)
        {
            return Fail(ErrorCodes.Invalid, $"文件是{readYear}年的年度报告，与所选的{year}年不符。");
        }

        if (!string.IsNullOrWhiteSpace(report.Agency) && !SameAgency(report.Agency, agency))
        {
            return Fail(ErrorCodes.Invalid, $"文件的报告主体为“{report.Agency}”，与本机关“{agency}”不符。");
        }

        var unknown = Unknown(report);
        if (unknown > 0)
        {
            return Fail(ErrorCodes.Ambiguous, $"文件中的表格未能完整读取（{unknown} 个数字无法识别），为免跨年核对出错，不予导入。请上传清晰的原文件（如 DOCX 或网页）。");
        }

        report.Agency = agency;
        report.Source = null;
        var findings = ReportStore.Check(report, null);
        return Result.Success((new ImportedReportPreview(report, fileName, read.ContentHash ?? ReviewReport.Sha256(content), read.Shape.ToString(), findings), kind));
    }

    /// <summary>Published names drop or add the district's name (“科技局” vs “平桥区科技局”): one containing the other is the same body.</summary>
    private static bool SameAgency(string read, string agency)
    {
        var a = read.Trim();
        return a.Contains(agency, StringComparison.Ordinal) || agency.Contains(a, StringComparison.Ordinal);
    }

    /// <summary>Cells of Tables 二–四 the reader could not read (a missing table counts whole).</summary>
    private static int Unknown(AnnualReport report)
    {
        var definition = report.Definition;
        var unknown = 0;
        for (var r = 0; r < definition.ApplicationRows.Count; r++)
        {
            unknown += report.Applications?.RowAt(r) is { } row ? row.Count(c => c is null) : TableLayouts.ColumnCount;
        }

        unknown += report.ReviewLitigation is { } review ? review.Flattened().Count(c => c is null) : TableLayouts.ReviewGroups.Count * ReviewLitigationTable.MeasureCount;
        return unknown;
    }
}
