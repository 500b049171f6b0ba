using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OpenGovInfo.Domain.Publishing.Registers;
using OpenGovInfo.Platform.Data;
using OpenGovInfo.Platform.Registers;
using OpenGovInfo.Testing.Web;
using OpenGovInfo.Web.Tests.Infrastructure;

namespace OpenGovInfo.Web.Tests.Portal;

/// <summary>
/// Issue #12 item 2: every public field of the 第二十条 register goes through one masking policy, whatever shape the
/// number takes (ASCII, full-width, spaced, dashed), and a surname outside the BMP is never cut in half.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class PublicRegisterMaskingTests(WebApps apps)
{
    private const string Agency = "平桥区卫生健康委员会";
    private const string Id = "410102199001011234";
    private const string FullWidthId = "４１０１０２１９９００１０１１２３Ｘ";
    private const string SpacedId = "4101 0219 9001 0112 34";
    private const string DashedId = "410102-19900101-1234";
    private const string Mobile = "138 1234 5678";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Every_public_register_field_is_masked(string provider)
    {
        var app = apps.For(provider);
        var anonymous = StaffClient.Anonymous(app);
        var id = (await DemoIds.AgenciesAsync(anonymous))[Agency];
        await SeedAsync(app, id);

        using var response = await anonymous.GetAsync($"/agencies/{id}/registers");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        foreach (var leak in new[] { Id, "４１０１０２", "4101 0219", "410102-1990", "1234 5678", "13912345678", "0376-6201234", "小明" })
        {
            Assert.DoesNotContain(leak, html, StringComparison.Ordinal);
        }

        // 标题 (full-width ID), 文号 (spaced ID), 决定书文号 (dashed ID), 当事人 (surname outside the BMP + mobile), 收费项目.
        Assert.Contains(Mask("关于注销", FullWidthId, "的决定"), html, StringComparison.Ordinal);
        Assert.Contains(Mask("卫健〔2025〕", SpacedId, "号"), html, StringComparison.Ordinal);
        Assert.Contains(Mask("卫健罚〔2025〕", DashedId, "号"), html, StringComparison.Ordinal);
        Assert.Contains("<td>\U0002000B**</td>", html, StringComparison.Ordinal);
        Assert.Contains(Mask("某诊所（负责人电话 ", Mobile, "）"), html, StringComparison.Ordinal);
        Assert.Contains(Mask("某诊所（身份证号 ", Id, "）"), html, StringComparison.Ordinal);
        Assert.Contains(Mask("证书工本费（代缴人 ", "13912345678", "）"), html, StringComparison.Ordinal);
        Assert.Contains(Mask("咨询电话 ", "0376-6201234", ""), html, StringComparison.Ordinal);
        Assert.DoesNotContain('\uFFFD', html);
    }

    // Every character of the number (separators included) becomes one asterisk; the text around it stays.
    private static string Mask(string before, string number, string after) => before + new string('*', number.Length) + after;

    private static async Task SeedAsync(OgiWebFactory<Program> app, int agencyId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OpenGovInfoDbContext>();
        if (db.Set<RegisterDocumentRow>().Any(r => r.AgencyId == agencyId))
        {
            return;
        }

        db.AddRange(
            new RegisterDocumentRow { AgencyId = agencyId, Kind = RegisterDocumentKind.NormativeDocument, Title = $"关于注销{FullWidthId}的决定", DocumentNumber = $"卫健〔2025〕{SpacedId}号", IssuedOn = new DateOnly(2025, 5, 6) },
            new RegisterDocumentRow { AgencyId = agencyId, Kind = RegisterDocumentKind.Regulation, Title = "咨询电话 0376-6201234", DocumentNumber = "卫健〔2025〕2号", IssuedOn = new DateOnly(2025, 5, 7) },
            // Rows as they might have been stored before masking existed, or typed in by hand.
            new RegisterDecisionRow { AgencyId = agencyId, Kind = EnforcementDecisionKind.Penalty, DecisionNumber = $"卫健罚〔2025〕{DashedId}号", DecidedOn = new DateOnly(2025, 9, 1), SubjectPublicName = "\U0002000B小明", IsNaturalPerson = true },
            new RegisterDecisionRow { AgencyId = agencyId, Kind = EnforcementDecisionKind.Licensing, DecisionNumber = "卫健许〔2025〕1号", DecidedOn = new DateOnly(2025, 9, 2), SubjectPublicName = $"某诊所（负责人电话 {Mobile}）" },
            new RegisterDecisionRow { AgencyId = agencyId, Kind = EnforcementDecisionKind.Licensing, DecisionNumber = "卫健许〔2025〕2号", DecidedOn = new DateOnly(2025, 9, 3), SubjectPublicName = $"某诊所（身份证号 {Id}）" },
            new RegisterFeeRow { AgencyId = agencyId, FeeItem = "证书工本费（代缴人 13912345678）", AmountFen = 550, CollectedOn = new DateOnly(2025, 1, 5) });
        await db.SaveChangesAsync();
    }
}
