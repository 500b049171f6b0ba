using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenGovInfo.Platform.Common;
using OpenGovInfo.Platform.Staff;

namespace OpenGovInfo.Web.Areas.Staff.Pages.Accounts;

/// <summary>How the account pages answer a refused or failed use case: the Chinese message on the page, and 403 when refused.</summary>
internal static class AccountPageResults
{
    public static IActionResult Failed(PageModel page, IReadOnlyList<Error> errors, string prefix)
    {
        page.ModelState.AddErrors(errors, prefix);
        if (errors.Any(e => e.Code == StaffAccountRules.ForbiddenCode))
        {
            page.Response.StatusCode = StatusCodes.Status403Forbidden;
        }

        return page.Page();
    }
}
