using System.Security.Claims;
using OpenGovInfo.Domain.Staff;
using OpenGovInfo.Platform.Publishing;
using OpenGovInfo.Platform.Staff;

namespace OpenGovInfo.Platform.Tests.Publishing;

/// <summary>Workflow roles count in one's own agency only; administrative roles never count.</summary>
public sealed class PublishingActorTests
{
    [Fact]
    public void An_approver_of_one_agency_has_no_workflow_role_on_another_agencys_items()
    {
        // 政务公开办 reads every agency; an account there that is also 审批领导 must not approve a bureau's items.
        var user = User(agencyId: 7, StaffRoleNames.Supervisor, StaffRoleNames.Approver);
        Assert.Equal(StaffRoles.Approver, PublishingActor.From(user, 7).Roles);
        Assert.Equal(StaffRoles.None, PublishingActor.From(user, 8).Roles);
    }

    [Fact]
    public void Administrative_roles_are_no_licence_to_write_review_or_approve()
    {
        var user = User(agencyId: 7, StaffRoleNames.AgencyAdmin, StaffRoleNames.SystemAdmin, StaffRoleNames.Editor);
        Assert.Equal(StaffRoles.Editor, PublishingActor.From(user, 7).Roles);
        Assert.Equal(StaffRoles.None, PublishingActor.From(User(null, StaffRoleNames.SystemAdmin), 7).Roles);
    }

    private static ClaimsPrincipal User(int? agencyId, params string[] roles)
    {
        List<Claim> claims = [new(ClaimTypes.NameIdentifier, "u1"), new(StaffClaims.DisplayName, "测试")];
        if (agencyId is { } id)
        {
            claims.Add(new Claim(StaffClaims.AgencyId, id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        claims.AddRange(roles.Select(r => new Claim(ClaimTypes.Role, r)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, "test"));
    }
}
