using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenGovInfo.Domain.Applications;
using OpenGovInfo.Platform.Applications;
using OpenGovInfo.Platform.Staff;

namespace OpenGovInfo.Web.Areas.Staff.Pages.Agencies;

/// <summary>The agency's own reply wording per outcome (机关管理员), from which officers' drafts start.</summary>
public sealed class ReplyTemplatesModel(ReplyTemplateStore store) : PageModel
{
    /// <summary>The agency in the route.</summary>
    [FromRoute]
    public int AgencyId { get; set; }

    /// <summary>Outcome being edited.</summary>
    [BindProperty]
    public string? OutcomeCode { get; set; }

    /// <summary>Legal basis.</summary>
    [BindProperty]
    public string? LegalBasis { get; set; }

    /// <summary>Body.</summary>
    [BindProperty]
    public string? Body { get; set; }

    /// <summary>Every outcome's template.</summary>
    public IReadOnlyList<ReplyTemplate> All { get; private set; } = [];

    /// <summary>The one shown in the form.</summary>
    public ReplyTemplate? Current { get; private set; }

    /// <summary>Loads.</summary>
    public async Task OnGetAsync(string? outcome, CancellationToken cancellationToken)
    {
        All = await store.AllAsync(AgencyId, cancellationToken);
        Current = All.FirstOrDefault(t => t.Outcome.Code == outcome) ?? All[0];
    }

    /// <summary>Saves.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var actor = User.FindFirst(StaffClaims.DisplayName)?.Value ?? User.Identity?.Name ?? string.Empty;
        var result = await store.SaveAsync(AgencyId, OutcomeCode, Body, LegalBasis, actor, cancellationToken);
        if (result.IsSuccess)
        {
            return Redirect($"/staff/agencies/{AgencyId}/reply-templates?outcome={Uri.EscapeDataString(result.Value.Outcome.Code)}");
        }

        ModelState.AddErrors(result.Errors, string.Empty);
        All = await store.AllAsync(AgencyId, cancellationToken);
        Current = All.FirstOrDefault(t => t.Outcome.Code == OutcomeCode) ?? All[0];
        return Page();
    }
}
