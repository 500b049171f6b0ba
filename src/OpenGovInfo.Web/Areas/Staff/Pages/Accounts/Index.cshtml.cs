using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenGovInfo.Domain.Staff;
using OpenGovInfo.Platform.Agencies;
using OpenGovInfo.Platform.Staff;

namespace OpenGovInfo.Web.Areas.Staff.Pages.Accounts;

/// <summary>The staff accounts an administrator manages: 机关管理员 its agency's, 系统管理员 everyone's (authorised by <c>account-admin</c>).</summary>
public sealed class IndexModel(ListStaffAccounts list, ListAgencies agencies, UserManager<StaffUser> users) : PageModel
{
    /// <summary>系统管理员's agency filter; empty = every agency.</summary>
    [FromQuery(Name = "agency")]
    public int? Agency { get; set; }

    /// <summary>The accounts.</summary>
    public IReadOnlyList<StaffAccountSummary> Accounts { get; private set; } = [];

    /// <summary>For 系统管理员: the agencies to filter by.</summary>
    public IReadOnlyList<AgencySummary> Agencies { get; private set; } = [];

    /// <summary>Loads the list.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var result = await list.RunAsync(users.GetUserId(User), Agency, cancellationToken);
        if (!result.IsSuccess)
        {
            return AccountPageResults.Failed(this, result.Errors, string.Empty);
        }

        Accounts = result.Value;
        if (User.IsInRole(StaffRoleNames.SystemAdmin))
        {
            Agencies = await agencies.RunAsync(cancellationToken);
        }

        return Page();
    }
}
