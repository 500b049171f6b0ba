using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenGovInfo.Domain.Applications.Applicants;
using OpenGovInfo.Platform.Applications;
using OpenGovInfo.Platform.Data;
using OpenGovInfo.Platform.Demo;
using OpenGovInfo.Testing.Web;
using OpenGovInfo.Web.Tests.Infrastructure;

namespace OpenGovInfo.Web.Tests.Audit;

/// <summary>/staff/audit: the supervising office's search of the hash-chained trail, with personal data masked.</summary>
[Collection(WebCollection.Name)]
public sealed class AuditTrailPageHttpTests(WebApps apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_supervisor_finds_a_case_view_by_actor_and_sees_the_applicant_masked(string provider)
    {
        var app = apps.For(provider);
        var ids = await DemoIds.AgenciesAsync(StaffClient.Anonymous(app));
        var bureau = ids[DemoDistrict.Bureau];
        var application = await FirstNaturalPersonAsync(app, bureau);
        var officer = await StaffClient.SignInAsync(app, "kgx.editor");
        using (var casePage = await officer.GetAsync($"/staff/agencies/{bureau}/applications/{application.Id}"))
        {
            Assert.Equal(HttpStatusCode.OK, casePage.StatusCode);
        }

        var supervisor = await StaffClient.SignInAsync(app, "gkb.supervisor");
        var home = await supervisor.GetStringAsync("/staff/applications");
        Assert.Contains("href=\"/staff/audit\"", home, StringComparison.Ordinal);

        var views = await supervisor.GetStringAsync($"/staff/audit?Actor=kgx.editor&Action=view&Agency={bureau}&Entity=applications&Key={application.Id}");
        Assert.Contains("id=\"audit-records\"", views, StringComparison.Ordinal);
        Assert.Contains("查看个人信息", views, StringComparison.Ordinal);
        Assert.Contains("王丽", views, StringComparison.Ordinal);
        Assert.DoesNotContain("共 0 条记录", views, StringComparison.Ordinal);

        var created = await supervisor.GetStringAsync($"/staff/audit?Entity=applications&Key={application.Id}&Action=create");
        Assert.Contains("共 1 条记录", created, StringComparison.Ordinal);
        Assert.Contains(PersonalDataMask.Number(application.IdNumber), created, StringComparison.Ordinal);
        Assert.DoesNotContain(application.IdNumber!, created, StringComparison.Ordinal);
        Assert.DoesNotContain(application.Phone, created, StringComparison.Ordinal);
        Assert.DoesNotContain("ogi1:", created, StringComparison.Ordinal);

        // Filters narrow: nothing by the officer before the trail began.
        var none = await supervisor.GetStringAsync("/staff/audit?Actor=kgx.editor&To=2000-01-01");
        Assert.Contains("共 0 条记录", none, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Bureau_staff_are_refused_and_the_system_administrator_is_let_in(string provider)
    {
        var app = apps.For(provider);
        foreach (var user in new[] { "kgx.editor", "kgx.admin", "kgx.approver" })
        {
            var client = await StaffClient.SignInAsync(app, user);
            using var response = await client.GetAsync("/staff/audit");
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.DoesNotContain("href=\"/staff/audit\"", await client.GetStringAsync("/staff/applications"), StringComparison.Ordinal);
        }

        var sysadmin = await StaffClient.SignInAsync(app, "sysadmin");
        var page = await sysadmin.GetStringAsync("/staff/audit?page=2");
        Assert.Contains("第 2 /", page, StringComparison.Ordinal);
        Assert.Contains("rel=\"prev\"", page, StringComparison.Ordinal);
        Assert.Contains("class=\"table-scroll\"", page, StringComparison.Ordinal);
    }

    private static async Task<ApplicationRow> FirstNaturalPersonAsync(OgiWebFactory<Program> app, int agencyId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OpenGovInfoDbContext>();
        return await db.Applications.AsNoTracking().Where(a => a.AgencyId == agencyId && a.IdNumber != null).OrderBy(a => a.Id).FirstAsync();
    }
}
