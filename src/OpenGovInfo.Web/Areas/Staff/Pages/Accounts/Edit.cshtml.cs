using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenGovInfo.Platform.Agencies;
using OpenGovInfo.Platform.Common;
using OpenGovInfo.Platform.Staff;

namespace OpenGovInfo.Web.Areas.Staff.Pages.Accounts;

/// <summary>
/// One account: roles, agency (系统管理员), 停用/启用, 重置密码. Each form posts to its own handler; the use cases decide
/// who may do what, and a refusal is shown in Chinese with 403.
/// </summary>
public sealed class EditModel(
    GetStaffAccount get,
    SetStaffRoles setRoles,
    MoveStaffAccount move,
    SetStaffAccountDisabled setDisabled,
    ResetStaffPassword resetPassword,
    ListAgencies listAgencies,
    UserManager<StaffUser> users) : PageModel
{
    /// <summary>The account in the route.</summary>
    [FromRoute]
    public string UserId { get; set; } = string.Empty;

    /// <summary>What was just done, for the notice after a redirect.</summary>
    [FromQuery(Name = "done")]
    public string? Done { get; set; }

    /// <summary>The account.</summary>
    public StaffAccountSummary? Account { get; private set; }

    /// <summary>Roles this administrator may grant.</summary>
    public IReadOnlyList<string> GrantableRoles { get; private set; } = [];

    /// <summary>For 系统管理员: every agency (moving staff is theirs alone).</summary>
    public IReadOnlyList<AgencySummary> Agencies { get; private set; } = [];

    /// <summary>True when this is the administrator's own account (no disabling or resetting oneself).</summary>
    public bool IsOwn { get; private set; }

    /// <summary>A password just reset, shown once.</summary>
    public IssuedPassword? Issued { get; private set; }

    /// <summary>Shows the account.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ?? Page();

    /// <summary>Replaces the roles.</summary>
    public Task<IActionResult> OnPostRolesAsync(List<string> roles, CancellationToken cancellationToken) =>
        ActAsync(async actor => (await setRoles.RunAsync(actor, UserId, [.. roles], cancellationToken)).Errors, "roles", cancellationToken);

    /// <summary>Moves the account to another agency.</summary>
    public Task<IActionResult> OnPostMoveAsync(int agencyId, CancellationToken cancellationToken) =>
        ActAsync(async actor => (await move.RunAsync(actor, UserId, agencyId, cancellationToken)).Errors, "moved", cancellationToken);

    /// <summary>Disables the account.</summary>
    public Task<IActionResult> OnPostDisableAsync(CancellationToken cancellationToken) =>
        ActAsync(async actor => (await setDisabled.RunAsync(actor, UserId, true, cancellationToken)).Errors, "disabled", cancellationToken);

    /// <summary>Enables the account again.</summary>
    public Task<IActionResult> OnPostEnableAsync(CancellationToken cancellationToken) =>
        ActAsync(async actor => (await setDisabled.RunAsync(actor, UserId, false, cancellationToken)).Errors, "enabled", cancellationToken);

    /// <summary>Resets the password and shows the new one once (no redirect, so it is never in a URL or history).</summary>
    public async Task<IActionResult> OnPostResetPasswordAsync(CancellationToken cancellationToken)
    {
        var result = await resetPassword.RunAsync(users.GetUserId(User), UserId, cancellationToken);
        if (await LoadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        if (!result.IsSuccess)
        {
            return AccountPageResults.Failed(this, result.Errors, string.Empty);
        }

        Issued = result.Value;
        return Page();
    }

    private async Task<IActionResult> ActAsync(Func<string?, Task<IReadOnlyList<Error>>> action, string done, CancellationToken cancellationToken)
    {
        var errors = await action(users.GetUserId(User));
        if (errors.Count == 0)
        {
            return Redirect($"/staff/accounts/{Uri.EscapeDataString(UserId)}?done={done}");
        }

        // Show the account as it is now, with the refusal; an account the actor may not see at all stays 403/404.
        return await LoadAsync(cancellationToken) ?? AccountPageResults.Failed(this, errors, string.Empty);
    }

    /// <summary>Loads the page's data; a result when the page cannot be shown at all.</summary>
    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        var actorId = users.GetUserId(User);
        var result = await get.RunAsync(actorId, UserId, cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Errors.Any(e => e.Code == StaffAccountRules.ForbiddenCode) ? Forbid() : NotFound();
        }

        Account = result.Value;
        IsOwn = Account.Id == actorId;
        var actor = await StaffActor.LoadAsync(users, actorId);
        GrantableRoles = actor is null ? [] : StaffAccountRules.GrantableRoles(actor);
        if (actor?.IsSystemAdmin == true)
        {
            Agencies = await listAgencies.RunAsync(cancellationToken);
        }

        return null;
    }
}
