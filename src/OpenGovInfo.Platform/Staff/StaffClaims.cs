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

    /// <summary>The agency of a signed-in staff member, or null.</summary>
    public static int? AgencyOf(ClaimsPrincipal user)
    {
        var value = user.FindFirstValue(AgencyId);
        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
    }
}
