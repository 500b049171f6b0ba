using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenGovInfo.Domain.Staff;
using OpenGovInfo.Platform.Data;
using OpenGovInfo.Platform.Demo;
using OpenGovInfo.Platform.Registers;
using OpenGovInfo.Platform.Staff;
using OpenGovInfo.Testing.Web;
using OpenGovInfo.Web.Tests.Infrastructure;

namespace OpenGovInfo.Web.Tests.Publishing;

/// <summary>逐条登记: one register record through the staff form, validated by the import's rules.</summary>
[Collection(WebCollection.Name)]
public sealed class RegisterEntryHttpTests(WebApps apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_valid_decision_is_stored_with_the_natural_persons_name_masked(string provider)
    {
        var app = apps.For(provider);
        var agencyId = (await DemoIds.AgenciesAsync(StaffClient.Anonymous(app)))[DemoDistrict.Bureau];
        var editor = await StaffClient.SignInAsync(app, "kgx.editor");
        var number = $"平科工信罚〔2026〕{provider.Length}号";

        using var response = await StaffClient.PostFormAsync(editor, $"/staff/agencies/{agencyId}/registers/new?kind=Decisions", new()
        {
            ["Kind"] = "Decisions",
            ["Form.Category"] = "行政处罚",
            ["Form.DecisionNumber"] = number,
            ["Form.DecidedOn"] = "2026-03-02",
            ["Form.Subject"] = "张三丰",
            ["Form.SubjectType"] = "自然人",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var row = await QueryAsync(app, db => db.Set<RegisterDecisionRow>().SingleAsync(r => r.DecisionNumber == number));
        Assert.Equal((agencyId, "张**", true, new DateOnly(2026, 3, 2)), (row.AgencyId, row.SubjectPublicName, row.IsNaturalPerson, row.DecidedOn));
        var registers = await editor.GetStringAsync($"/staff/agencies/{agencyId}/registers");
        Assert.Contains(number, registers, StringComparison.Ordinal);
        Assert.DoesNotContain("张三丰", registers, StringComparison.Ordinal);

        // The same 决定书文号 again is refused by the register, not by a 500.
        using var again = await StaffClient.PostFormAsync(editor, $"/staff/agencies/{agencyId}/registers/new?kind=Decisions", new()
        {
            ["Kind"] = "Decisions", ["Form.Category"] = "行政许可", ["Form.DecisionNumber"] = number, ["Form.DecidedOn"] = "2026-03-03",
            ["Form.Subject"] = "平桥区某公司", ["Form.SubjectType"] = "法人或其他组织",
        });
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains($"决定书文号“{number}”已登记。", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_invalid_document_is_shown_with_Chinese_field_messages_and_nothing_is_stored(string provider)
    {
        var app = apps.For(provider);
        var agencyId = (await DemoIds.AgenciesAsync(StaffClient.Anonymous(app)))[DemoDistrict.Bureau];
        var editor = await StaffClient.SignInAsync(app, "kgx.editor");
        var before = await QueryAsync(app, db => db.Set<RegisterDocumentRow>().CountAsync());

        using var response = await StaffClient.PostFormAsync(editor, $"/staff/agencies/{agencyId}/registers/new", new()
        {
            ["Kind"] = "Documents",
            ["Form.Category"] = "通知",
            ["Form.Title"] = "  ",
            ["Form.DocumentNumber"] = "平科工信〔2026〕9号",
            ["Form.IssuedOn"] = "2026-02-30",
            ["Form.RepealedOn"] = "",
        });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<span class=\"field-error\" id=\"Form_Title_error\">标题不能为空。</span>", html, StringComparison.Ordinal);
        Assert.Contains("发布日期“2026-02-30”不是有效日期", html, StringComparison.Ordinal);
        Assert.Contains("类别“通知”无效，应为：规章、行政规范性文件", html, StringComparison.Ordinal);
        Assert.Contains("value=\"平科工信〔2026〕9号\"", html, StringComparison.Ordinal);
        Assert.Equal(before, await QueryAsync(app, db => db.Set<RegisterDocumentRow>().CountAsync()));

        // A repeal before the issue date is the register's rule too (the same message as the import's).
        using var repealed = await StaffClient.PostFormAsync(editor, $"/staff/agencies/{agencyId}/registers/new", new()
        {
            ["Kind"] = "Documents", ["Form.Category"] = "行政规范性文件", ["Form.Title"] = "试行办法",
            ["Form.DocumentNumber"] = "平科工信〔2026〕9号", ["Form.IssuedOn"] = "2026-02-10", ["Form.RepealedOn"] = "2026-01-01",
        });
        Assert.Contains("废止日期早于发布日期。", await repealed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await QueryAsync(app, db => db.Set<RegisterDocumentRow>().CountAsync()));
    }

    [Fact]
    public async Task Another_agencys_editor_and_an_approver_get_403_and_nothing_is_stored()
    {
        var app = apps.For("Sqlite");
        var ids = await DemoIds.AgenciesAsync(StaffClient.Anonymous(app));
        var bureau = ids[DemoDistrict.Bureau];
        var town = ids.First(a => a.Value != bureau).Value;
        await EnsureEditorAsync(app, "town.editor.reg", town);
        var outsider = await StaffClient.SignInAsync(app, "town.editor.reg");
        var fields = new Dictionary<string, string>
        {
            ["Kind"] = "Fees", ["Form.FeeItem"] = "越权登记的收费", ["Form.AmountYuan"] = "1.00", ["Form.CollectedOn"] = "2026-03-01",
        };

        using (var get = await outsider.GetAsync($"/staff/agencies/{bureau}/registers/new"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, get.StatusCode);
        }

        // A valid token from the outsider's own agency page, posted to the bureau's.
        fields["__RequestVerificationToken"] = StaffClient.TokenOf(await outsider.GetStringAsync($"/staff/agencies/{town}/registers/new?kind=Fees"));
        using (var post = await outsider.PostAsync($"/staff/agencies/{bureau}/registers/new", new FormUrlEncodedContent(fields)))
        {
            Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        }

        // The approver may read the page (no form is shown) but not post to it, even with a valid token.
        var approver = await StaffClient.SignInAsync(app, "kgx.approver");
        Assert.Contains("只有本机关的信息员或机关管理员可以登记", await approver.GetStringAsync($"/staff/agencies/{bureau}/registers/new"), StringComparison.Ordinal);
        fields["__RequestVerificationToken"] = StaffClient.TokenOf(await approver.GetStringAsync("/staff/account/2fa"));
        using (var post = await approver.PostAsync($"/staff/agencies/{bureau}/registers/new", new FormUrlEncodedContent(fields)))
        {
            Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        }

        Assert.False(await QueryAsync(app, db => db.Set<RegisterFeeRow>().AnyAsync(r => r.FeeItem == "越权登记的收费")));
    }

    private static async Task<T> QueryAsync<T>(OgiWebFactory<Program> app, Func<OpenGovInfoDbContext, Task<T>> query)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<OpenGovInfoDbContext>());
    }

    /// <summary>Creates a 信息员 of <paramref name="agencyId"/> once (another agency's editor, for refusals).</summary>
    internal static async Task EnsureEditorAsync(OgiWebFactory<Program> app, string userName, int agencyId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        if (await users.FindByNameAsync(userName) is not null)
        {
            return;
        }

        var user = new StaffUser { UserName = userName, DisplayName = "外单位信息员", AgencyId = agencyId };
        Assert.True((await users.CreateAsync(user, OgiWebFactory<Program>.DemoPassword)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, StaffRoleNames.Editor)).Succeeded);
    }
}
