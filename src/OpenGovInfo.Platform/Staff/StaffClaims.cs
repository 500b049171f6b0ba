using System.Globalization;
using System.Security.Claims;

namespace OpenGovInfo.Platform.Staff;

/// <summary>Claims the sign-in cookie carries besides Identity's own.</summary>
public static class StaffClaims
{
    /// <summary>The staff member's agency id.</summary>
    public const string AgencyId = "ogi:agency";

    /// <summary>The display name.</summary>
    public const string DisplayName = "ogi:name";

    /// <summary>Present when the password was issued by an administrator and must be changed before anything else.</summary>
    public const string MustChangePassword = "ogi:must-change-password";

    /// <summary>The agency of a signed-in staff member, or null.</summary>
    public static int? AgencyOf(ClaimsPrincipal user)
    {
        var value = user.FindFirstValue(AgencyId);
        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
    }
}
