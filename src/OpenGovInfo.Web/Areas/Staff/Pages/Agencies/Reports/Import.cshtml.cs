using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenGovInfo.Platform.AnnualReports;
using OpenGovInfo.Platform.Common;

namespace OpenGovInfo.Web.Areas.Staff.Pages.Agencies.Reports;

/// <summary>
/// Imports a report the agency published before it came to the platform: upload → the figures read are shown
/// (nothing stored) → the officer selects the same file again, gives the publication date and confirms. The file is
/// read again on confirmation and must have the previewed hash: nothing is trusted from the form, and no upload is
/// kept on the server between the two steps.
/// </summary>
[RequestSizeLimit(ImportPublishedReport.MaxBytes + 200_000)]
[RequestFormLimits(MultipartBodyLengthLimit = ImportPublishedReport.MaxBytes + 200_000)]
public sealed class ImportModel(ImportPublishedReport import, TimeProvider clock) : PageModel
{
    /// <summary>The agency in the route.</summary>
    [FromRoute]
    public int AgencyId { get; set; }

    /// <summary>The year in the route.</summary>
    [FromRoute]
    public int Year { get; set; }

    /// <summary>The published file.</summary>
    [BindProperty]
    public IFormFile? Upload { get; set; }

    /// <summary>The date it was published on (decides lateness).</summary>
    [BindProperty]
    public DateOnly? PublishedOn { get; set; }

    /// <summary>The previewed file's SHA-256, carried to the confirmation.</summary>
    [BindProperty]
    public string? Sha256 { get; set; }

    /// <summary>The figures read, after 预览.</summary>
    public ImportedReportPreview? Preview { get; private set; }

    /// <summary>Shows the upload form; the agency's 信息员 and 机关管理员 only.</summary>
    public IActionResult OnGet() => ReportActor.From(User).DraftsFor(AgencyId) ? Page() : Forbid();

    /// <summary>Reads the file and shows what it says; stores nothing.</summary>
    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken cancellationToken)
    {
        if (!ReportActor.From(User).DraftsFor(AgencyId))
        {
            return Forbid();
        }

        var (name, bytes) = await ReadUploadAsync(cancellationToken);
        var result = await import.PreviewAsync(AgencyId, Year, name, bytes, ReportActor.From(User), cancellationToken);
        if (!Show(result.Errors))
        {
            return Page();
        }

        Preview = result.Value;
        Sha256 = Preview.Sha256;
        PublishedOn ??= Platform.AnnualReports.ReportDeadlines.Due(Domain.Agencies.AgencyKind.Department, Year) is var due && due <= Domain.Calendar.ChinaTime.Today(clock) ? due : null;
        return Page();
    }

    /// <summary>Reads the file again and stores it.</summary>
    public async Task<IActionResult> OnPostConfirmAsync(CancellationToken cancellationToken)
    {
        if (!ReportActor.From(User).DraftsFor(AgencyId))
        {
            return Forbid();
        }

        var (name, bytes) = await ReadUploadAsync(cancellationToken);
        var result = await import.ImportAsync(AgencyId, Year, name, bytes, PublishedOn, Sha256, ReportActor.From(User), cancellationToken);
        if (!Show(result.Errors))
        {
            // Show the preview again when the file itself was fine (e.g. a missing date), so the figures stay in view.
            var again = await import.PreviewAsync(AgencyId, Year, name, bytes, ReportActor.From(User), cancellationToken);
            Preview = again.IsSuccess && again.Value.Sha256 == Sha256 ? again.Value : null;
            return Page();
        }

        TempData["Done"] = $"已导入{Year}年年度报告（{name}）。";
        return RedirectToPage("Edit", new { AgencyId, Year });
    }

    private bool Show(IReadOnlyList<Error> errors)
    {
        foreach (var error in errors)
        {
            ModelState.AddModelError(error.Field ?? string.Empty, error.Message);
        }

        return errors.Count == 0;
    }

    private async Task<(string Name, byte[] Bytes)> ReadUploadAsync(CancellationToken cancellationToken)
    {
        if (Upload is null || Upload.Length == 0)
        {
            return (string.Empty, []);
        }

        if (Upload.Length > ImportPublishedReport.MaxBytes)
        {
            // Let the use case word the refusal; do not read more than the limit into memory.
            return (Upload.FileName, new byte[ImportPublishedReport.MaxBytes + 1]);
        }

        using var buffer = new MemoryStream();
        await Upload.CopyToAsync(buffer, cancellationToken);
        return (Upload.FileName, buffer.ToArray());
    }
}
