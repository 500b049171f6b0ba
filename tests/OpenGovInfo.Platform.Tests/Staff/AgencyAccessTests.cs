using System.Globalization;
using System.Security.Claims;
using OpenGovInfo.Domain.Staff;
using OpenGovInfo.Platform.Staff;

namespace OpenGovInfo.Platform.Tests.Staff;

public sealed class AgencyAccessTests
{
    private const int Own = 3;
    private const int Other = 4;

    [Theory]
    [InlineData(StaffRoleNames.Editor, true, false, false, false)]
    [InlineData(StaffRoleNames.ConfidentialityReviewer, true, false, false, false)]
    [InlineData(StaffRoleNames.LegalReviewer, true, false, false, false)]
    [InlineData(StaffRoleNames.Approver, true, false, false, false)]
    [InlineData(StaffRoleNames.AgencyAdmin, true, true, false, false)]
    [InlineData(StaffRoleNames.Supervisor, true, false, true, false)]
    [InlineData(StaffRoleNames.SystemAdmin, true, true, true, true)]
    public void Role_and_agency_decide(string role, bool readOwn, bool manageOwn, bool readOther, bool manageOther)
    {
        var user = Staff(role, Own);
        Assert.Equal(readOwn, AgencyAccess.Allows(user, Own, AgencyOperation.Read));
        Assert.Equal(manageOwn, AgencyAccess.Allows(user, Own, AgencyOperation.Manage));
        Assert.Equal(readOther, AgencyAccess.Allows(user, Other, AgencyOperation.Read));
        Assert.Equal(manageOther, AgencyAccess.Allows(user, Other, AgencyOperation.Manage));
    }

    [Fact]
    public void Anonymous_and_roleless_users_get_nothing()
    {
        Assert.False(AgencyAccess.Allows(new ClaimsPrincipal(new ClaimsIdentity()), Own, AgencyOperation.Read));
        var roleless = new ClaimsPrincipal(new ClaimsIdentity([new Claim(StaffClaims.AgencyId, "3")], "test"));
        Assert.False(AgencyAccess.Allows(roleless, Own, AgencyOperation.Read));
    }

    private static ClaimsPrincipal Staff(string role, int agencyId) => new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.Role, role),
            new Claim(StaffClaims.AgencyId, agencyId.ToString(CultureInfo.InvariantCulture)),
        ],
        "test"));
}
