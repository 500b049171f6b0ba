using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Platform.Agencies;
using OpenGovInfo.Platform.Data;
using OpenGovInfo.Platform.Demo;
using OpenGovInfo.Testing.Postgres;
using OpenGovInfo.Testing.Web;

namespace OpenGovInfo.Platform.Tests.Agencies;

/// <summary>Agency use cases on both providers, on the demo district.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class AgencyUseCaseTests(PostgresServer postgres)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Lists_the_district_government_first_with_its_departments_under_it(string provider)
    {
        await using var host = await SeededAsync(provider);
        var agencies = await host.RunAsync<ListAgencies, IReadOnlyList<AgencySummary>>(q => q.RunAsync());
        Assert.Equal(DemoDistrict.Agencies.Select(a => a.Name), agencies.Select(a => a.Name));
        var government = agencies[0];
        Assert.Null(government.ParentId);
        Assert.Equal("DistrictGovernment", government.Kind);
        Assert.All(agencies.Skip(1), a => Assert.Equal(government.Id, a.ParentId));
        Assert.Contains(agencies, a => a.Kind == "Township");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Guide_html_is_sanitised_and_the_update_time_is_stored_in_UTC(string provider)
    {
        await using var host = await SeededAsync(provider);
        var bureauId = await BureauIdAsync(host);
        host.Clock.Advance(TimeSpan.FromDays(1));
        var request = new UpdateDisclosurePagesRequest(
            bureauId, "<h2>指南</h2><script>alert('x')</script><p onclick=\"steal()\">受理<a href=\"javascript:evil()\">链接</a></p>",
            "<p style=\"color:red\">制度</p><iframe src=\"https://evil.example\"></iframe>");
        var result = await host.RunAsync<UpdateDisclosurePages, Platform.Common.Result<AgencyDetails>>(u => u.RunAsync(request));

        Assert.True(result.IsSuccess);
        Assert.DoesNotContain("script", result.Value.GuideHtml, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onclick", result.Value.GuideHtml, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript", result.Value.GuideHtml, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<h2>指南</h2>", result.Value.GuideHtml, StringComparison.Ordinal);
        Assert.Equal("<p>制度</p>", result.Value.RulesHtml);
        var stored = await host.RunAsync<GetAgency, Platform.Common.Result<AgencyDetails>>(q => q.RunAsync(bureauId));
        Assert.Equal(host.Clock.GetUtcNow(), stored.Value.UpdatedAt);
        Assert.Equal(TimeSpan.Zero, stored.Value.UpdatedAt.Offset);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Oversized_pages_are_refused_with_a_Chinese_message(string provider)
    {
        await using var host = await SeededAsync(provider);
        var bureauId = await BureauIdAsync(host);
        var huge = new string('公', Agency.PageMaxLength + 1);
        var result = await host.RunAsync<UpdateDisclosurePages, Platform.Common.Result<AgencyDetails>>(
            u => u.RunAsync(new UpdateDisclosurePagesRequest(bureauId, huge, null)));
        Assert.False(result.IsSuccess);
        Assert.Equal("GuideHtml", result.Errors[0].Field);
        Assert.Contains("不能超过", result.Errors[0].Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Profile_rejects_a_wrong_check_character_and_a_code_already_in_use(string provider)
    {
        await using var host = await SeededAsync(provider);
        var bureauId = await BureauIdAsync(host);
        var wrong = await host.RunAsync<UpdateAgencyProfile, Platform.Common.Result<AgencyDetails>>(
            u => u.RunAsync(new UpdateAgencyProfileRequest(bureauId, "新名称", "11411503005056032P")));
        Assert.Contains(wrong.Errors, e => e.Field == "CreditCode" && e.Message.Contains("校验位", StringComparison.Ordinal));

        var taken = await host.RunAsync<UpdateAgencyProfile, Platform.Common.Result<AgencyDetails>>(
            u => u.RunAsync(new UpdateAgencyProfileRequest(bureauId, "新名称", DemoDistrict.Agencies[0].CreditCode)));
        Assert.Contains(taken.Errors, e => e.Code == "credit_code_taken");

        var ok = await host.RunAsync<UpdateAgencyProfile, Platform.Common.Result<AgencyDetails>>(
            u => u.RunAsync(new UpdateAgencyProfileRequest(bureauId, " 平桥区科技和工信局 ", "11411503005056032n")));
        Assert.True(ok.IsSuccess);
        Assert.Equal("平桥区科技和工信局", ok.Value.Name);
        Assert.Equal("11411503005056032N", ok.Value.CreditCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Unknown_agency_is_a_not_found_result(string provider)
    {
        await using var host = await SeededAsync(provider);
        var result = await host.RunAsync<GetAgency, Platform.Common.Result<AgencyDetails>>(q => q.RunAsync(99_999));
        Assert.Equal("not_found", Assert.Single(result.Errors).Code);
    }

    private async Task<PlatformHost> SeededAsync(string provider)
    {
        var host = await PlatformHost.StartAsync(provider, postgres);
        await host.RunAsync<OpenGovInfo.Platform.Staff.StaffRoleSetup>(s => s.EnsureRolesAsync());
        Assert.True(await host.RunAsync<DemoSeeder, bool>(s => s.SeedIfEmptyAsync("Test#Pingqiao2026")));
        return host;
    }

    private static Task<int> BureauIdAsync(PlatformHost host) =>
        host.RunAsync<OpenGovInfoDbContext, int>(db => db.Agencies.Where(a => a.Name == DemoDistrict.Bureau).Select(a => a.Id).SingleAsync());
}
