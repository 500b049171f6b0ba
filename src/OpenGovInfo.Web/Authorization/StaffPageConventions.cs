using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using OpenGovInfo.Web.Security;

namespace OpenGovInfo.Web.Authorization;

/// <summary>
/// Authorisation of the back office by folder: everything under /staff needs a staff role; agency pages add the
/// agency policies. The authorisation matrix test enumerates these pages and fails on one it has no rule for.
/// </summary>
public static class StaffPageConventions
{
    /// <summary>Applies the conventions.</summary>
    public static void Apply(RazorPagesOptions options)
    {
        var conventions = options.Conventions;
        conventions.AuthorizeAreaFolder("Staff", "/", StaffPolicies.Staff);
        conventions.AllowAnonymousToAreaPage("Staff", "/Login");
        conventions.AllowAnonymousToAreaPage("Staff", "/LoginWith2fa");
        foreach (var signInPage in new[] { "/Login", "/LoginWith2fa" })
        {
            conventions.AddAreaPageApplicationModelConvention("Staff", signInPage,
                page => page.EndpointMetadata.Add(new EnableRateLimitingAttribute(SignInRateLimit.Policy)));
        }
        conventions.AuthorizeAreaFolder("Staff", "/Agencies", StaffPolicies.AgencyRead);
        conventions.AuthorizeAreaPage("Staff", "/Agencies/Guide", StaffPolicies.AgencyManage);
        conventions.AuthorizeAreaPage("Staff", "/Agencies/Profile", StaffPolicies.AgencyManage);
        conventions.AuthorizeAreaPage("Staff", "/Agencies/ReplyTemplates", StaffPolicies.AgencyManage);
        conventions.AuthorizeAreaPage("Staff", "/Agencies/Items/Attachment", StaffPolicies.AgencyReviewFiles);
        conventions.AuthorizeAreaFolder("Staff", "/Calendar", StaffPolicies.SystemAdmin);
        conventions.AuthorizeAreaFolder("Staff", "/Accounts", StaffPolicies.AccountAdmin);
        conventions.AuthorizeAreaFolder("Staff", "/Audit", StaffPolicies.Supervision);
        // A password issued by an administrator is changed before anything else is done with it.
        conventions.AddAreaFolderApplicationModelConvention("Staff", "/", page => page.Filters.Add(new PasswordChangeFilter()));
    }
}
