using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenGovInfo.Domain.Publishing.Registers;
using OpenGovInfo.Platform.Data;
using OpenGovInfo.Platform.Demo;
using OpenGovInfo.Platform.Registers;
using OpenGovInfo.Testing.Web;
using OpenGovInfo.Web.Tests.Infrastructure;

namespace OpenGovInfo.Web.Tests.Publishing;

/// <summary>
/// 更正 and 撤回 of a register row through the staff page: anti-forgery forms, Chinese errors with nothing written,
/// the history on the page, other agencies and roles refused, and the public register showing the result.
/// Each test registers its own 2022 rows, so the demo's records other tests count stay as they are.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class RegisterCorrectionHttpTests(WebApps apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_editor_corrects_a_decision_with_a_reason_and_the_public_register_shows_the_corrected_row(string provider)
    {
        var app = apps.For(provider);
        var bureau = (await DemoIds.AgenciesAsync(StaffClient.Anonymous(app)))[DemoDistrict.Bureau];
        var number = $"平科工信许〔2022〕{Guid.NewGuid().ToString("N")[..8]}号";
        var id = await AddAsync(app, new RegisterDecisionRow
        {
            AgencyId = bureau, Kind = EnforcementDecisionKind.Licensing, DecisionNumber = number, DecidedOn = new DateOnly(2022, 5, 6), SubjectPublicName = "平桥区某某旧名商店",
        });
        var editor = await StaffClient.SignInAsync(app, "kgx.editor");
        var path = $"/staff/agencies/{bureau}/registers/decisions/{id}";
        var page = await editor.GetStringAsync(path);
        Assert.Contains("value=\"平桥区某某旧名商店\"", page, StringComparison.Ordinal);
        Assert.Contains("暂无更正或撤回", page, StringComparison.Ordinal);
        var fields = new Dictionary<string, string>
        {
            ["Form.Category"] = "行政许可", ["Form.DecisionNumber"] = number, ["Form.DecidedOn"] = "2022-05-06",
            ["Form.Subject"] = "平桥区某某新名商店", ["Form.SubjectType"] = "法人或其他组织", ["CorrectionReason"] = " ",
        };

        // No reason, and a bad date: both said in Chinese, nothing written.
        fields["Form.DecidedOn"] = "2022-02-30";
        using (var refused = await PostAsync(editor, path, "Correct", fields))
        {
            var html = await refused.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Contains("更正必须说明理由。", html, StringComparison.Ordinal);
            Assert.Contains("不是有效日期", html, StringComparison.Ordinal);
        }

        Assert.Equal("平桥区某某旧名商店", (await RowAsync<RegisterDecisionRow>(app, id)).SubjectPublicName);

        // Without the anti-forgery token the post is refused.
        fields["Form.DecidedOn"] = "2022-05-06";
        fields["CorrectionReason"] = "当事人名称录入有误，以营业执照为准";
        fields.Remove("__RequestVerificationToken");
        using (var noToken = await editor.PostAsync(path + "?handler=Correct", new FormUrlEncodedContent(fields)))
        {
            Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
        }

        using (var done = await PostAsync(editor, path, "Correct", fields))
        {
            Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
            Assert.Equal($"{path}?done=corrected", done.Headers.Location?.OriginalString);
        }

        var history = await editor.GetStringAsync($"{path}?done=corrected");
        Assert.Contains("已更正。", history, StringComparison.Ordinal);
        Assert.Contains("当事人名称录入有误，以营业执照为准", history, StringComparison.Ordinal);
        Assert.Contains("当事人：平桥区某某旧名商店 → 平桥区某某新名商店", history, StringComparison.Ordinal);

        var publicPage = await StaffClient.Anonymous(app).GetStringAsync($"/agencies/{bureau}/registers?year=2022");
        Assert.Contains("平桥区某某新名商店", publicPage, StringComparison.Ordinal);
        Assert.DoesNotContain("平桥区某某旧名商店", publicPage, StringComparison.Ordinal);
        Assert.Contains("已更正", publicPage, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_withdrawn_fee_leaves_the_public_register_only_the_agencys_editor_may_withdraw(string provider)
    {
        var app = apps.For(provider);
        var ids = await DemoIds.AgenciesAsync(StaffClient.Anonymous(app));
        var bureau = ids[DemoDistrict.Bureau];
        var town = ids.First(a => a.Value != bureau).Value;
        var item = $"误登记的收费{Guid.NewGuid().ToString("N")[..8]}";
        var id = await AddAsync(app, new RegisterFeeRow { AgencyId = bureau, FeeItem = item, AmountFen = 12_300, CollectedOn = new DateOnly(2022, 7, 1) });
        var path = $"/staff/agencies/{bureau}/registers/fees/{id}";
        var anonymous = StaffClient.Anonymous(app);
        Assert.Contains(item, await anonymous.GetStringAsync($"/agencies/{bureau}/registers?year=2022"), StringComparison.Ordinal);
        var fields = new Dictionary<string, string> { ["WithdrawalReason"] = "重复登记" };

        // Another agency's editor: 403 on the page and on the post, even with a valid token of their own.
        await RegisterEntryHttpTests.EnsureEditorAsync(app, "town.editor.withdraw", town);
        var outsider = await StaffClient.SignInAsync(app, "town.editor.withdraw");
        using (var get = await outsider.GetAsync(path))
        {
            Assert.Equal(HttpStatusCode.Forbidden, get.StatusCode);
        }

        fields["__RequestVerificationToken"] = StaffClient.TokenOf(await outsider.GetStringAsync("/staff/account/2fa"));
        using (var post = await outsider.PostAsync(path + "?handler=Withdraw", new FormUrlEncodedContent(fields)))
        {
            Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        }

        // The approver reads the row and its history but is shown no form and may not post.
        var approver = await StaffClient.SignInAsync(app, "kgx.approver");
        var readOnly = await approver.GetStringAsync(path);
        Assert.Contains("只有本机关的信息员或机关管理员可以更正或撤回登记记录", readOnly, StringComparison.Ordinal);
        Assert.DoesNotContain("WithdrawalReason", readOnly, StringComparison.Ordinal);
        fields["__RequestVerificationToken"] = StaffClient.TokenOf(await approver.GetStringAsync("/staff/account/2fa"));
        using (var post = await approver.PostAsync(path + "?handler=Withdraw", new FormUrlEncodedContent(fields)))
        {
            Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        }

        Assert.Null((await RowAsync<RegisterFeeRow>(app, id)).WithdrawnAt);

        var editor = await StaffClient.SignInAsync(app, "kgx.editor");
        using (var noReason = await PostAsync(editor, path, "Withdraw", new() { ["WithdrawalReason"] = "" }))
        {
            Assert.Equal(HttpStatusCode.OK, noReason.StatusCode);
            Assert.Contains("撤回必须说明理由。", await noReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Null((await RowAsync<RegisterFeeRow>(app, id)).WithdrawnAt);
        using (var done = await PostAsync(editor, path, "Withdraw", new() { ["WithdrawalReason"] = "重复登记，与另一条记录相同" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        }

        Assert.DoesNotContain(item, await anonymous.GetStringAsync($"/agencies/{bureau}/registers?year=2022"), StringComparison.Ordinal);
        Assert.DoesNotContain(item, await anonymous.GetStringAsync($"/agencies/{bureau}/registers"), StringComparison.Ordinal);
        var staffList = await editor.GetStringAsync($"/staff/agencies/{bureau}/registers");
        Assert.Contains(item, staffList, StringComparison.Ordinal);
        Assert.Contains("已撤回", staffList, StringComparison.Ordinal);
        var history = await editor.GetStringAsync(path);
        Assert.Contains("重复登记，与另一条记录相同", history, StringComparison.Ordinal);
        Assert.Contains("已撤回（", history, StringComparison.Ordinal);
        Assert.DoesNotContain("WithdrawalReason", history, StringComparison.Ordinal);

        // A row of another register or agency, or an unknown register, is not found.
        using var missing = await editor.GetAsync($"/staff/agencies/{bureau}/registers/nosuch/{id}");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string handler, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = StaffClient.TokenOf(await client.GetStringAsync(path));
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync($"{path}?handler={handler}", content);
    }

    private static async Task<int> AddAsync<TRow>(OgiWebFactory<Program> app, TRow row)
        where TRow : class
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OpenGovInfoDbContext>();
        db.Add(row);
        await db.SaveChangesAsync();
        return (int)db.Entry(row).Property("Id").CurrentValue!;
    }

    private static async Task<TRow> RowAsync<TRow>(OgiWebFactory<Program> app, int id)
        where TRow : class
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OpenGovInfoDbContext>().Set<TRow>().AsNoTracking().SingleAsync(r => EF.Property<int>(r, "Id") == id);
    }
}
