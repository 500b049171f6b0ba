using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenGovInfo.Domain.Applications;
using OpenGovInfo.Domain.Calendar;
using OpenGovInfo.Platform.Applications;
using OpenGovInfo.Web.Applications;
using OpenGovInfo.Web.Pages.Apply;

namespace OpenGovInfo.Web.Areas.Staff.Pages.Agencies.Applications;

/// <summary>The agency's officer registers an application that came in person, by post, by fax or orally.</summary>
[RequestSizeLimit(ApplyLimits.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = ApplyLimits.MaxRequestBytes)]
public sealed class NewModel(SubmitApplication submit, TimeProvider clock) : PageModel
{
    /// <summary>Channels and their Chinese names.</summary>
    public static IReadOnlyList<(ReceiptChannel Value, string Label)> Channels { get; } =
    [
        (ReceiptChannel.InPerson, "当面提交"), (ReceiptChannel.PostSigned, "邮寄（需签收）"), (ReceiptChannel.PostUnsigned, "平常信函"),
        (ReceiptChannel.Fax, "传真"), (ReceiptChannel.Internet, "互联网（电子邮件等）"), (ReceiptChannel.Oral, "口头提出（代为填写）"),
    ];

    /// <summary>The agency in the route.</summary>
    [FromRoute]
    public int AgencyId { get; set; }

    /// <summary>Channel.</summary>
    [BindProperty]
    public ReceiptChannel Channel { get; set; } = ReceiptChannel.InPerson;

    /// <summary>Arrival.</summary>
    [BindProperty]
    public DateOnly? ArrivedOn { get; set; }

    /// <summary>Signature or confirmation.</summary>
    [BindProperty]
    public DateOnly? ConfirmedOn { get; set; }

    /// <summary>The form.</summary>
    [BindProperty]
    public ApplicationFormInput Input { get; set; } = new();

    /// <summary>Files.</summary>
    [BindProperty]
    public List<IFormFile> Files { get; set; } = [];

    /// <summary>The empty form.</summary>
    public IActionResult OnGet()
    {
        if (!CaseActor.From(User).IsOfficerOf(AgencyId))
        {
            return Forbid();
        }

        ArrivedOn = ChinaTime.Today(clock);
        return Page();
    }

    /// <summary>Registers.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var actor = CaseActor.From(User);
        if (!actor.IsOfficerOf(AgencyId))
        {
            return Forbid();
        }

        var arrived = ArrivedOn ?? ChinaTime.Today(clock);
        var facts = new ReceiptFacts(arrived, Channel == ReceiptChannel.PostSigned ? ConfirmedOn : null,
            Channel is ReceiptChannel.PostUnsigned or ReceiptChannel.Fax or ReceiptChannel.Internet ? ConfirmedOn : null);
        var files = await ApplyLimits.ReadAsync(Files, cancellationToken);
        var result = await submit.RunAsync(AgencyId, Input.ToForm(), new Arrival(Channel, facts), files, null, actor, cancellationToken);
        if (!result.IsSuccess)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Field ?? string.Empty, error.Message);
            }

            return Page();
        }

        // Staff give the applicant the code and key on paper: show them once on the case page's first view.
        TempData["AccessKey"] = $"查询码 {result.Value.TrackingCode}，查询密码 {result.Value.AccessKey}（请告知申请人，仅显示一次）";
        return Redirect($"/staff/agencies/{AgencyId}/applications/{result.Value.Id}");
    }
}
