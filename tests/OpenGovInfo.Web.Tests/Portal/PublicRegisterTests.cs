using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OpenGovInfo.Domain.Publishing.Registers;
using OpenGovInfo.Platform.Data;
using OpenGovInfo.Platform.Registers;
using OpenGovInfo.Testing.Web;
using OpenGovInfo.Web.Tests.Infrastructure;

namespace OpenGovInfo.Web.Tests.Portal;

/// <summary>The public 第二十条 register page: content, in-force status, masking of persons, year filter, paging.</summary>
[Collection(WebCollection.Name)]
public sealed class PublicRegisterTests(WebApps apps)
{
    private const string Town = "平桥区明港镇人民政府";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_register_page_shows_the_records_masks_persons_and_filters_by_year(string provider)
    {
        var app = apps.For(provider);
        var anonymous = StaffClient.Anonymous(app);
        var id = (await DemoIds.AgenciesAsync(anonymous))[Town];
        await SeedAsync(app, id);

        Assert.Contains($"href=\"/agencies/{id}/registers\"", await anonymous.GetStringAsync($"/agencies/{id}"), StringComparison.Ordinal);
        using var response = await anonymous.GetAsync($"/agencies/{id}/registers");
        var all = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("明港镇农村宅基地管理办法", all, StringComparison.Ordinal);
        Assert.Contains("<td>2024-05-06</td><td>—</td><td>现行有效</td>", all, StringComparison.Ordinal);
        Assert.Contains("<td>2020-01-02</td><td>2023-12-31</td><td>已废止</td>", all, StringComparison.Ordinal);
        Assert.Contains("<li>行政处罚：23 件</li>", all, StringComparison.Ordinal);
        Assert.Contains("<li>行政许可：1 件</li>", all, StringComparison.Ordinal);
        Assert.DoesNotContain("李四海", all, StringComparison.Ordinal);
        Assert.DoesNotContain("410102199001011234", all, StringComparison.Ordinal);
        Assert.Contains("明港镇某某商店（经营者身份证号 ******************）", all, StringComparison.Ordinal);
        Assert.Contains("行政事业性收费（2 笔，合计 35.50 元）", all, StringComparison.Ordinal);

        var year2025 = await anonymous.GetStringAsync($"/agencies/{id}/registers?year=2025");
        Assert.Contains("<td>李**</td>", year2025, StringComparison.Ordinal);
        Assert.Contains("<td>2025-09-01</td>", year2025, StringComparison.Ordinal);
        Assert.DoesNotContain("2026-02-01", year2025, StringComparison.Ordinal);
        Assert.Contains("行政事业性收费（1 笔，合计 30.00 元）", year2025, StringComparison.Ordinal);
        Assert.DoesNotContain("明港镇农村宅基地管理办法", year2025, StringComparison.Ordinal);

        // 22 penalties in 2024, 20 per page: page 2 holds the two oldest.
        var page2 = await anonymous.GetStringAsync($"/agencies/{id}/registers?year=2024&page=2");
        Assert.Contains("明港罚〔2024〕1号", page2, StringComparison.Ordinal);
        Assert.Contains("明港罚〔2024〕2号", page2, StringComparison.Ordinal);
        Assert.DoesNotContain("明港罚〔2024〕22号", page2, StringComparison.Ordinal);
        Assert.Contains("第 2 / 2 页", page2, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_agency_is_404()
    {
        using var response = await StaffClient.Anonymous(apps.For("Sqlite")).GetAsync("/agencies/999999/registers");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static async Task SeedAsync(OgiWebFactory<Program> app, int agencyId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OpenGovInfoDbContext>();
        if (db.Set<RegisterDocumentRow>().Any(r => r.AgencyId == agencyId && r.DocumentNumber == "明港政〔2024〕1号"))
        {
            return;
        }

        db.AddRange(
            new RegisterDocumentRow { AgencyId = agencyId, Kind = RegisterDocumentKind.NormativeDocument, Title = "明港镇农村宅基地管理办法", DocumentNumber = "明港政〔2024〕1号", IssuedOn = new DateOnly(2024, 5, 6) },
            new RegisterDocumentRow { AgencyId = agencyId, Kind = RegisterDocumentKind.NormativeDocument, Title = "明港镇集镇管理暂行规定", DocumentNumber = "明港政〔2020〕1号", IssuedOn = new DateOnly(2020, 1, 2), RepealedOn = new DateOnly(2023, 12, 31) },
            // A row stored before masking existed (or typed in by hand): the page must still mask it.
            new RegisterDecisionRow { AgencyId = agencyId, Kind = EnforcementDecisionKind.Penalty, DecisionNumber = "明港罚〔2025〕1号", DecidedOn = new DateOnly(2025, 9, 1), SubjectPublicName = "李四海", IsNaturalPerson = true },
            new RegisterDecisionRow { AgencyId = agencyId, Kind = EnforcementDecisionKind.Licensing, DecisionNumber = "明港许〔2026〕1号", DecidedOn = new DateOnly(2026, 2, 1), SubjectPublicName = "明港镇某某商店（经营者身份证号 410102199001011234）" },
            new RegisterFeeRow { AgencyId = agencyId, FeeItem = "不动产登记费", AmountFen = 3000, CollectedOn = new DateOnly(2025, 3, 1) },
            new RegisterFeeRow { AgencyId = agencyId, FeeItem = "证书工本费", AmountFen = 550, CollectedOn = new DateOnly(2026, 1, 5) });
        for (var i = 1; i <= 22; i++)
        {
            db.Add(new RegisterDecisionRow
            {
                AgencyId = agencyId, Kind = EnforcementDecisionKind.Penalty, DecisionNumber = $"明港罚〔2024〕{i}号",
                DecidedOn = new DateOnly(2024, 1, 1).AddDays(i), SubjectPublicName = "明港镇某养殖场",
            });
        }

        await db.SaveChangesAsync();
    }
}
