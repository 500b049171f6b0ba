using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenGovInfo.Documents.Letters;
using OpenGovInfo.Domain.Applications;
using OpenGovInfo.Domain.Calendar;
using OpenGovInfo.Platform.Applications;
using OpenGovInfo.Platform.Common;
using OpenGovInfo.Platform.Data;
using RemedyInputModel = OpenGovInfo.Platform.Applications.RemedyInput;

namespace OpenGovInfo.Web.Areas.Staff.Pages.Agencies.Applications;

/// <summary>
/// A case for staff: the applicant (in full only for the agency's case staff, each view logged), the deadlines with
/// “why this date?”, the timeline, and only the steps the user's roles may take.
/// </summary>
public sealed class DetailsModel(GetCase getCase, RecordCaseStep recordStep, ReplyLetters replies, RecordRemedy recordRemedy, GetCaseDocument getDocument, TimeProvider clock) : PageModel
{
    /// <summary>The agency in the route.</summary>
    [FromRoute]
    public int AgencyId { get; set; }

    /// <summary>The application in the route.</summary>
    [FromRoute]
    public int ApplicationId { get; set; }

    /// <summary>Step form.</summary>
    [BindProperty]
    public StepInput Step { get; set; } = new();

    /// <summary>Reply form: outcome.</summary>
    [BindProperty]
    public string? OutcomeCode { get; set; }

    /// <summary>Reply form: legal basis.</summary>
    [BindProperty]
    public string? LegalBasis { get; set; }

    /// <summary>Reply form: text.</summary>
    [BindProperty]
    public string? Body { get; set; }

    /// <summary>Approver's comment.</summary>
    [BindProperty]
    public string? Comment { get; set; }

    /// <summary>Dispatch date.</summary>
    [BindProperty]
    public DateOnly? DispatchOn { get; set; }

    /// <summary>Remedy form.</summary>
    [BindProperty]
    public RemedyForm Remedy { get; set; } = new();

    /// <summary>The case.</summary>
    public CaseView? View { get; private set; }

    /// <summary>Today in China.</summary>
    public DateOnly Today => ChinaTime.Today(clock);

    /// <summary>The user is this agency's 信息员.</summary>
    public bool IsOfficer => Actor.IsOfficerOf(AgencyId);

    /// <summary>The user is this agency's 审批领导.</summary>
    public bool IsApprover => Actor.IsApproverOf(AgencyId);

    private CaseActor Actor => CaseActor.From(User, HttpContext.Connection.RemoteIpAddress?.ToString());

    /// <summary>Loads.</summary>
    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    /// <summary>Records a step.</summary>
    public async Task<IActionResult> OnPostStepAsync(CancellationToken cancellationToken) =>
        await AfterAsync((await recordStep.RunAsync(AgencyId, ApplicationId, Step.ToStep(Today), Actor, cancellationToken)).Errors, cancellationToken);

    /// <summary>Saves the reply draft.</summary>
    public async Task<IActionResult> OnPostDraftAsync(CancellationToken cancellationToken) =>
        await AfterAsync((await replies.SaveDraftAsync(AgencyId, ApplicationId, OutcomeCode, LegalBasis, Body, Actor, cancellationToken)).Errors, cancellationToken);

    /// <summary>Submits the reply for approval.</summary>
    public async Task<IActionResult> OnPostSubmitReplyAsync(CancellationToken cancellationToken) =>
        await AfterAsync((await replies.SubmitAsync(AgencyId, ApplicationId, Actor, cancellationToken)).Errors, cancellationToken);

    /// <summary>Approves the reply.</summary>
    public async Task<IActionResult> OnPostApproveAsync(CancellationToken cancellationToken) =>
        await AfterAsync((await replies.DecideAsync(AgencyId, ApplicationId, true, Comment, Actor, cancellationToken)).Errors, cancellationToken);

    /// <summary>Returns the reply.</summary>
    public async Task<IActionResult> OnPostReturnAsync(CancellationToken cancellationToken) =>
        await AfterAsync((await replies.DecideAsync(AgencyId, ApplicationId, false, Comment, Actor, cancellationToken)).Errors, cancellationToken);

    /// <summary>Dispatches the approved reply.</summary>
    public async Task<IActionResult> OnPostDispatchAsync(CancellationToken cancellationToken) =>
        await AfterAsync((await replies.DispatchAsync(AgencyId, ApplicationId, DispatchOn ?? Today, Actor, cancellationToken)).Errors, cancellationToken);

    /// <summary>Records a reconsideration or lawsuit.</summary>
    public async Task<IActionResult> OnPostRemedyAsync(CancellationToken cancellationToken) =>
        await AfterAsync((await recordRemedy.RunAsync(AgencyId, Remedy.ToInput(ApplicationId, Today), Actor, cancellationToken)).Errors, cancellationToken);

    /// <summary>Downloads a stored file of the case (logged).</summary>
    public async Task<IActionResult> OnGetDocumentAsync(int documentId, CancellationToken cancellationToken)
    {
        var document = await getDocument.RunAsync(AgencyId, documentId, Actor, cancellationToken);
        return document is null || document.ApplicationId != ApplicationId ? NotFound() : File(document.Content, document.ContentType, document.DisplayName);
    }

    /// <summary>The draft letter as it would be dispatched today (DOCX or PDF).</summary>
    public async Task<IActionResult> OnGetPreviewAsync(string format, [FromServices] OpenGovInfoDbContext db, CancellationToken cancellationToken)
    {
        var view = await getCase.RunAsync(AgencyId, ApplicationId, Actor, cancellationToken);
        if (!view.IsSuccess || view.Value.Reply is not { } reply || !view.Value.Applicant.InFull)
        {
            return NotFound();
        }

        var letter = ReplyLetters.Letter(view.Value.Row, reply, view.Value.AgencyName, Today);
        return format == "pdf"
            ? File(ReplyLetterRenderer.Pdf(letter), "application/pdf", "答复书（预览）.pdf")
            : File(ReplyLetterRenderer.Docx(letter), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "答复书（预览）.docx");
    }

    private async Task<IActionResult> AfterAsync(IReadOnlyList<Error> errors, CancellationToken cancellationToken)
    {
        if (errors.Count == 0)
        {
            // Post/redirect/get: a reload does not repeat the step.
            return Redirect($"/staff/agencies/{AgencyId}/applications/{ApplicationId}");
        }

        if (errors.Any(e => e.Code == ErrorCodes.Forbidden))
        {
            return Forbid();
        }

        foreach (var error in errors)
        {
            ModelState.AddModelError(error.Field ?? string.Empty, error.Message);
        }

        return await LoadAsync(cancellationToken);
    }

    private async Task<IActionResult> LoadAsync(CancellationToken cancellationToken)
    {
        var result = await getCase.RunAsync(AgencyId, ApplicationId, Actor, cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Errors[0].Code == ErrorCodes.Forbidden ? Forbid() : NotFound();
        }

        View = result.Value;
        OutcomeCode ??= View.Reply?.OutcomeCode;
        LegalBasis ??= View.Reply?.LegalBasis;
        Body ??= View.Reply?.Body;
        Response.Headers.CacheControl = "no-store";
        return Page();
    }

    /// <summary>The remedy form's fields.</summary>
    public sealed class RemedyForm
    {
        /// <summary>Kind.</summary>
        public RemedyKind Kind { get; set; }

        /// <summary>Body or court.</summary>
        public string? Body { get; set; }

        /// <summary>案号.</summary>
        public string? CaseNumber { get; set; }

        /// <summary>Filed.</summary>
        public DateOnly? FiledOn { get; set; }

        /// <summary>Result.</summary>
        public RemedyResult Result { get; set; }

        /// <summary>Decided.</summary>
        public DateOnly? DecidedOn { get; set; }

        /// <summary>The platform's input.</summary>
        public RemedyInputModel ToInput(int applicationId, DateOnly today) =>
            new(null, applicationId, Kind, Body, CaseNumber, FiledOn ?? today, Result, DecidedOn, null);
    }
}
