using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenGovInfo.Platform.AnnualReports;
using OpenGovInfo.Platform.Common;

namespace OpenGovInfo.Web.Areas.Staff.Pages.Agencies.Reports;

/// <summary>
/// One year's report: the compiled tables (every cell links to its records), the rules' findings, the editable
/// sections, submission; for 政务公开办 the return and clearance of a submitted report. Only what the user may do is shown.
/// </summary>
public sealed class EditModel(GetReportDraft getDraft, SaveReportDraft save, SubmitReport submit, ReviewReport review, ReportReminders reminders) : PageModel
{
    /// <summary>The agency in the route.</summary>
    [FromRoute]
    public int AgencyId { get; set; }

    /// <summary>The year in the route.</summary>
    [FromRoute]
    public int Year { get; set; }

    /// <summary>一、总体情况.</summary>
    [BindProperty]
    public string? Overview { get; set; }

    /// <summary>五、存在的主要问题及改进情况.</summary>
    [BindProperty]
    public string? ProblemsAndImprovements { get; set; }

    /// <summary>六、其他需要报告的事项.</summary>
    [BindProperty]
    public string? OtherMatters { get; set; }

    /// <summary>审核意见.</summary>
    [BindProperty]
    public string? Comment { get; set; }

    /// <summary>The report as it stands.</summary>
    public ReportDraftView? Draft { get; private set; }

    /// <summary>This year's reminder (days left or late), or null when none is due.</summary>
    public ReportReminder? Reminder { get; private set; }

    /// <summary>What was just done, for the status line.</summary>
    [TempData]
    public string? Done { get; set; }

    /// <summary>May compile, edit and submit.</summary>
    public bool CanDraft => Draft is { } d && ReportActor.From(User).DraftsFor(d.Scope) && d.Status is ReportStatus.Draft or ReportStatus.Returned;

    /// <summary>May return or clear (the report is waiting for 政务公开办).</summary>
    public bool CanReview => Draft is { } d && ReportActor.From(User).ReviewsFor(d.Scope) && d.Status == ReportStatus.Submitted;

    /// <summary>Shows the report.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken) ? Page() : NotFound();

    /// <summary>Compiles again and saves a new version with the narrative.</summary>
    public Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken) =>
        ActAsync(save.RunAsync(AgencyId, Year, new ReportNarrative(Overview ?? string.Empty, ProblemsAndImprovements ?? string.Empty, OtherMatters ?? string.Empty), Actor, cancellationToken),
            "已重新编制并保存为第 {0} 版。", cancellationToken);

    /// <summary>Submits to 政务公开办.</summary>
    public Task<IActionResult> OnPostSubmitAsync(CancellationToken cancellationToken) =>
        ActAsync(submit.RunAsync(AgencyId, Year, Actor, cancellationToken), "第 {0} 版已报送政务公开办。", cancellationToken);

    /// <summary>Returns with comments.</summary>
    public Task<IActionResult> OnPostReturnAsync(CancellationToken cancellationToken) =>
        ActAsync(review.ReturnAsync(AgencyId, Year, Comment, Actor, cancellationToken), "已退回（第 {0} 版）。", cancellationToken);

    /// <summary>Clears and publishes.</summary>
    public Task<IActionResult> OnPostClearAsync(CancellationToken cancellationToken) =>
        ActAsync(review.ClearAsync(AgencyId, Year, Comment, Actor, cancellationToken), "审核通过，第 {0} 版已公开。", cancellationToken);

    private ReportActor Actor => ReportActor.From(User);

    private async Task<IActionResult> ActAsync(Task<Result<int>> action, string done, CancellationToken cancellationToken)
    {
        var result = await action;
        if (result.IsSuccess)
        {
            Done = string.Format(System.Globalization.CultureInfo.InvariantCulture, done, result.Value);
            return RedirectToPage(new { AgencyId, Year });
        }

        if (result.Errors.Any(e => e.Code == ErrorCodes.Forbidden))
        {
            return Forbid();
        }

        foreach (var error in result.Errors)
        {
            ModelState.AddModelError(string.Empty, error.Message);
        }

        return await LoadAsync(cancellationToken, keepInput: true) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken, bool keepInput = false)
    {
        var result = await getDraft.RunAsync(AgencyId, Year, cancellationToken);
        if (!result.IsSuccess)
        {
            return false;
        }

        Draft = result.Value;
        Reminder = (await reminders.ForAgencyAsync(AgencyId, cancellationToken)).FirstOrDefault(r => r.Year == Year);
        if (!keepInput)
        {
            Overview = Draft.Report.Sections.GetValueOrDefault("overview");
            ProblemsAndImprovements = Draft.Report.Sections.GetValueOrDefault("problems_and_improvements");
            OtherMatters = Draft.Report.Sections.GetValueOrDefault("other_matters");
        }

        return true;
    }
}
