using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenGovInfo.Platform.Agencies;
using OpenGovInfo.Platform.Staff;

namespace OpenGovInfo.Web.Areas.Staff.Pages.Accounts;

/// <summary>开通账号: creates an account and shows its one-time password once (no redirect, so it is never in a URL).</summary>
public sealed class NewModel(OpenStaffAccount open, ListAgencies listAgencies, UserManager<StaffUser> users) : PageModel
{
    /// <summary>The form.</summary>
    [BindProperty]
    public NewAccountInput Input { get; set; } = new();

    /// <summary>Agencies the account may belong to.</summary>
    public IReadOnlyList<AgencySummary> Agencies { get; private set; } = [];

    /// <summary>Roles this administrator may grant.</summary>
    public IReadOnlyList<string> GrantableRoles { get; private set; } = [];

    /// <summary>The account just opened, with its one-time password.</summary>
    public IssuedPassword? Issued { get; private set; }

    /// <summary>Shows the form.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var actor = await LoadChoicesAsync(cancellationToken);
        if (actor is null)
        {
            return Forbid();
        }

        Input.AgencyId = actor.AgencyId;
        return Page();
    }

    /// <summary>Opens the account.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await LoadChoicesAsync(cancellationToken) is null)
        {
            return Forbid();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await open.RunAsync(users.GetUserId(User),
            new OpenStaffAccountRequest(Input.UserName, Input.DisplayName, Input.AgencyId, Input.Roles), cancellationToken);
        if (!result.IsSuccess)
        {
            return AccountPageResults.Failed(this, result.Errors, nameof(Input));
        }

        Issued = result.Value;
        return Page();
    }

    private async Task<StaffActor?> LoadChoicesAsync(CancellationToken cancellationToken)
    {
        var actor = await StaffActor.LoadAsync(users, users.GetUserId(User));
        if (actor is null || StaffAccountRules.MayAdminister(actor) is not null)
        {
            return null;
        }

        var all = await listAgencies.RunAsync(cancellationToken);
        Agencies = actor.IsSystemAdmin ? all : [.. all.Where(a => a.Id == actor.AgencyId)];
        GrantableRoles = StaffAccountRules.GrantableRoles(actor);
        return actor;
    }
}
