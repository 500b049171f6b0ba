using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenGovInfo.Documents.Notices;
using OpenGovInfo.Platform.Calendar;

namespace OpenGovInfo.Web.Areas.Staff.Pages.Calendar;

/// <summary>
/// <c>/staff/calendar/import</c>: an administrator pastes (or uploads) the State Council's holiday notice, sees the
/// year as a month grid with every holiday and make-up workday and the checks, and only then confirms; the import
/// lists every stored deadline it moved.
/// </summary>
[RequestSizeLimit(NoticeFileText.MaxBytes + 200_000)]
public sealed class ImportModel(ImportHolidayNotice import, CalendarStore calendars, Platform.Data.OpenGovInfoDbContext db) : PageModel
{
    /// <summary>The pasted text.</summary>
    [BindProperty]
    public string? Text { get; set; }

    /// <summary>The year the administrator is importing.</summary>
    [BindProperty]
    public int? Year { get; set; }

    /// <summary>A .txt/.docx/.pdf of the notice instead of pasted text.</summary>
    [BindProperty]
    public IFormFile? Upload { get; set; }

    /// <summary>The preview, after “预览”.</summary>
    public CalendarPreview? Preview { get; private set; }

    /// <summary>The month grid of the preview.</summary>
    public IReadOnlyList<MonthGrid> Months { get; private set; } = [];

    /// <summary>The outcome, after “确认导入”.</summary>
    public CalendarImportReport? Report { get; private set; }

    /// <summary>Suggests the first provisional year.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var calendar = await calendars.CurrentAsync(db, cancellationToken);
        Year ??= calendar.KnownThrough.Year + 1;
    }

    /// <summary>Parses and shows the preview; stores nothing.</summary>
    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken cancellationToken)
    {
        if (!await ReadUploadAsync(cancellationToken))
        {
            return Page();
        }

        if (string.IsNullOrWhiteSpace(Text))
        {
            ModelState.AddModelError(nameof(Text), "请粘贴通知全文，或上传通知文件。");
            return Page();
        }

        Preview = await import.PreviewAsync(Text, Year, cancellationToken);
        foreach (var error in Preview.Errors)
        {
            ModelState.AddModelError(nameof(Text), error);
        }

        Months = Preview.CanImport ? MonthGrid.For(Preview.Notice, Preview.Calendar, Preview.Rows) : [];
        return Page();
    }

    /// <summary>Imports the confirmed text (parsed and checked again: nothing is trusted from the form).</summary>
    public async Task<IActionResult> OnPostConfirmAsync(CancellationToken cancellationToken)
    {
        var result = await import.ImportAsync(Text ?? string.Empty, Year, User.Identity?.Name ?? "staff", cancellationToken);
        if (!result.IsSuccess)
        {
            ModelState.AddErrors(result.Errors, string.Empty);
            return Page();
        }

        Report = result.Value;
        return Page();
    }

    private async Task<bool> ReadUploadAsync(CancellationToken cancellationToken)
    {
        if (Upload is null || Upload.Length == 0)
        {
            return true;
        }

        if (Upload.Length > NoticeFileText.MaxBytes)
        {
            ModelState.AddModelError(nameof(Upload), "文件过大（上限 5 MB）。");
            return false;
        }

        using var buffer = new MemoryStream();
        await Upload.CopyToAsync(buffer, cancellationToken);
        var (text, error) = await NoticeFileText.ReadAsync(Upload.FileName, buffer.ToArray(), cancellationToken);
        if (text is null)
        {
            ModelState.AddModelError(nameof(Upload), error ?? throw new InvalidOperationException("A notice file neither read nor refused."));
            return false;
        }

        Text = text;
        return true;
    }
}
