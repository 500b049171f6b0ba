using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenGovInfo.Platform.Agencies;
using OpenGovInfo.Platform.Applications;
using OpenGovInfo.Web.Applications;
using OpenGovInfo.Web.Security.HumanChecks;

namespace OpenGovInfo.Web.Pages.Apply;

/// <summary>
/// The public application form (/apply). Each form carries a one-time submission token, so that a double click or a
/// replayed post finds the first case and shows the same 查询码 and 查询密码 instead of creating a second case.
/// </summary>
[RequestSizeLimit(ApplyLimits.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = ApplyLimits.MaxRequestBytes)]
public sealed class IndexModel(ListAgencies agencies, SubmitApplication submit, IHumanCheck humanCheck) : PageModel
{
    /// <summary>Agencies to choose from.</summary>
    public IReadOnlyList<AgencySummary> Agencies { get; private set; } = [];

    /// <summary>The agency chosen.</summary>
    [BindProperty]
    public int? AgencyId { get; set; }

    /// <summary>The form.</summary>
    [BindProperty]
    public ApplicationFormInput Input { get; set; } = new();

    /// <summary>The form's one-time token.</summary>
    [BindProperty]
    public string? SubmissionToken { get; set; }

    /// <summary>Files.</summary>
    [BindProperty]
    public List<IFormFile> Files { get; set; } = [];

    /// <summary>The human check's question, when the installation asks one.</summary>
    public HumanCheckQuestion? Question { get; private set; }

    /// <summary>The question's token.</summary>
    [BindProperty]
    public string? HumanCheckToken { get; set; }

    /// <summary>The answer typed.</summary>
    [BindProperty]
    public string? HumanCheckAnswer { get; set; }

    /// <summary>Set after a successful submission.</summary>
    public SubmittedApplication? Receipt { get; private set; }

    /// <summary>A fresh form.</summary>
    public async Task OnGetAsync(int? agency, CancellationToken cancellationToken)
    {
        AgencyId = agency;
        SubmissionToken = CaseAccessCodes.NewSubmissionToken();
        await LoadAsync(cancellationToken);
    }

    /// <summary>Submits.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        if (!CaseAccessCodes.IsSubmissionToken(SubmissionToken))
        {
            ModelState.AddModelError(string.Empty, "表单已失效，请重新填写后提交。");
            SubmissionToken = CaseAccessCodes.NewSubmissionToken();
            await LoadAsync(cancellationToken);
            return Page();
        }

        if (!humanCheck.Verify(HumanCheckToken, HumanCheckAnswer))
        {
            // Checked before the files are read or anything is stored.
            ModelState.AddModelError(nameof(HumanCheckAnswer), HumanCheckMessages.Wrong);
            await LoadAsync(cancellationToken);
            return Page();
        }

        var files = await ApplyLimits.ReadAsync(Files, cancellationToken);
        var result = await submit.RunAsync(AgencyId ?? 0, Input.ToForm(), Arrival.Online, files, SubmissionToken, CaseActor.Applicant, cancellationToken);
        if (!result.IsSuccess)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Field ?? string.Empty, error.Message);
            }

            await LoadAsync(cancellationToken);
            return Page();
        }

        Receipt = result.Value;
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        Agencies = await agencies.RunAsync(cancellationToken);
        // A fresh question on every showing of the form: an answered one is spent even when the submission then failed.
        Question = humanCheck.Ask();
    }
}
