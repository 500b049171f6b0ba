using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace OpenGovInfo.Platform.Staff;

/// <summary>Adds the agency and display name to the sign-in cookie so that authorisation needs no database call.</summary>
public sealed class StaffClaimsFactory(
    UserManager<StaffUser> userManager, RoleManager<IdentityRole> roleManager, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<StaffUser, IdentityRole>(userManager, roleManager, options)
{
    /// <inheritdoc />
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(StaffUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(StaffClaims.AgencyId, user.AgencyId.ToString(CultureInfo.InvariantCulture)));
        identity.AddClaim(new Claim(StaffClaims.DisplayName, user.DisplayName));
        // The principal is rebuilt on every request (the stamp is validated each time), so changing the password
        // drops this claim at once.
        if (await PasswordChangeRequired.IsRequiredAsync(UserManager, user))
        {
            identity.AddClaim(new Claim(StaffClaims.MustChangePassword, "true"));
        }
        return identity;
    }
}
