using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using OpenGovInfo.Platform.Staff;

namespace OpenGovInfo.Web.Authorization;

/// <summary>
/// Resource-based check: with endpoint routing the resource is the <see cref="HttpContext"/>, whose route value
/// <c>agencyId</c> names the agency; <see cref="AgencyAccess"/> decides. No agency in the route: refused.
/// </summary>
public sealed class AgencyAccessHandler : AuthorizationHandler<AgencyAccessRequirement>
{
    /// <inheritdoc />
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, AgencyAccessRequirement requirement)
    {
        if (context.Resource is HttpContext http
            && http.GetRouteValue(StaffPolicies.AgencyRouteValue) is { } raw
            && int.TryParse(Convert.ToString(raw, CultureInfo.InvariantCulture), NumberStyles.None, CultureInfo.InvariantCulture, out var agencyId)
            && AgencyAccess.Allows(context.User, agencyId, requirement.Operation))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
