using System.Security.Claims;
using OpenGovInfo.Platform.Audit;
using OpenGovInfo.Platform.Staff;

namespace OpenGovInfo.Web.Security;

/// <summary>
/// Names the actor of every change a request makes, for the audit trail: the signed-in staff member, or 公众 for the
/// public, with the client's address. Set once here, after authentication, so that no use case has to pass it on.
/// </summary>
public static class AuditActorMiddleware
{
    /// <summary>Adds the middleware; call after <c>UseAuthentication</c>.</summary>
    public static IApplicationBuilder UseAuditActor(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var user = context.User;
        var address = SignInThrottle.AddressOf(context);
        var actor = user.Identity?.IsAuthenticated == true
            ? new AuditActor(
                user.FindFirstValue(ClaimTypes.NameIdentifier),
                user.FindFirstValue(StaffClaims.DisplayName) ?? user.Identity.Name ?? "工作人员",
                address)
            : new AuditActor(null, "公众", address);
        using (AuditContext.Begin(actor))
        {
            await next(context);
        }
    });
}
