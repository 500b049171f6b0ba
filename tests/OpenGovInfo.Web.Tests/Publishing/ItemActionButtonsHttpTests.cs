using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenGovInfo.Domain.Publishing;
using OpenGovInfo.Platform.Data;
using OpenGovInfo.Platform.Demo;
using OpenGovInfo.Platform.Publishing;
using OpenGovInfo.Platform.Staff;
using OpenGovInfo.Testing.Web;
using OpenGovInfo.Web.Tests.Infrastructure;
using static OpenGovInfo.Web.Tests.Publishing.ItemClient;

namespace OpenGovInfo.Web.Tests.Publishing;

/// <summary>
/// For every demo role × item state, the item page offers exactly the actions the workflow would accept: the expectation
/// is asked of <see cref="ReviewWorkflow.Decide"/> (the rule the POST applies), and a few are pinned by hand.
/// </summary>
[Collection(WebCollection.Name)]
public sealed partial class ItemActionButtonsHttpTests(WebApps apps)
{
    private static readonly string[] Users = ["kgx.editor", "kgx.secrecy", "kgx.legal", "kgx.approver", "kgx.admin", "gkb.supervisor", "sysadmin"];

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Every_role_sees_exactly_the_actions_the_rules_allow_in_every_state(string provider)
    {
        var app = apps.For(provider);
        var agencyId = (await DemoIds.AgenciesAsync(StaffClient.Anonymous(app)))[DemoDistrict.Bureau];
        var clients = new Dictionary<string, HttpClient>(StringComparer.Ordinal);
        foreach (var user in Users)
        {
            clients[user] = await StaffClient.SignInAsync(app, user);
        }

        var id = await DraftAsync(clients["kgx.editor"], agencyId, "按钮矩阵测试" + provider, "normative_documents", "<p>正文</p>", "平科工信〔2026〕9号");
        var seen = new Dictionary<(ItemState, string), IReadOnlySet<string>>();
        async Task CheckAsync()
        {
            var (state, events) = await EventsAsync(app, id);
            foreach (var user in Users)
            {
                var html = await clients[user].GetStringAsync($"/staff/agencies/{agencyId}/items/{id}");
                var shown = ButtonsOf(html);
                var allowed = await AllowedAsync(app, user, events);
                // 更正 and 撤下附件 are taken on their own pages: the item page links to them instead of a button.
                var expected = allowed.Where(a => a is not (nameof(ReviewAction.Correct) or nameof(ReviewAction.RemoveAttachment))).ToHashSet(StringComparer.Ordinal);
                Assert.True(expected.SetEquals(shown), $"{user} in {state}: shown [{string.Join(",", shown)}], rules allow [{string.Join(",", expected)}]");
                Assert.True(allowed.Contains(nameof(ReviewAction.Correct)) == html.Contains("/edit\">修改</a>", StringComparison.Ordinal),
                    $"{user} in {state}: the 修改 link must be shown exactly when the rules allow a correction");
                seen[(state, user)] = shown;
            }
        }

        await CheckAsync();
        await ActOkAsync(clients["kgx.editor"], agencyId, id, "Submit");
        await CheckAsync();
        using (await ActAsync(clients["kgx.secrecy"], agencyId, id, "Return", "请补充依据"))
        {
        }

        await CheckAsync();
        await ActOkAsync(clients["kgx.editor"], agencyId, id, "Submit");
        await ActOkAsync(clients["kgx.secrecy"], agencyId, id, "PassConfidentialityReview");
        await CheckAsync();
        await ActOkAsync(clients["kgx.legal"], agencyId, id, "PassLegalReview");
        await CheckAsync();
        await ActOkAsync(clients["kgx.approver"], agencyId, id, "Approve");
        await CheckAsync();
        using (await ActAsync(clients["kgx.approver"], agencyId, id, "Withdraw", "内容有误"))
        {
        }

        await CheckAsync();

        // Pinned by hand, so that a wrong rule table cannot make its own expectation.
        Assert.Equal(["Submit", "Withdraw"], seen[(ItemState.Draft, "kgx.editor")]);
        Assert.Equal(["Submit", "Withdraw"], seen[(ItemState.Returned, "kgx.editor")]);
        Assert.Empty(seen[(ItemState.Draft, "kgx.approver")]);
        Assert.Equal(["PassConfidentialityReview", "Return"], seen[(ItemState.ConfidentialityReview, "kgx.secrecy")].Order(StringComparer.Ordinal));
        Assert.Empty(seen[(ItemState.ConfidentialityReview, "kgx.legal")]);
        Assert.Equal(["PassLegalReview", "Return"], seen[(ItemState.LegalReview, "kgx.legal")].Order(StringComparer.Ordinal));
        Assert.Equal(["Approve", "Return"], seen[(ItemState.Approval, "kgx.approver")].Order(StringComparer.Ordinal));
        Assert.Empty(seen[(ItemState.Approval, "kgx.editor")]);
        Assert.Equal(["Withdraw"], seen[(ItemState.Published, "kgx.approver")]);
        Assert.Equal(["Revise"], seen[(ItemState.Withdrawn, "kgx.editor")]);
        foreach (var user in new[] { "kgx.admin", "gkb.supervisor", "sysadmin" })
        {
            Assert.All(seen.Where(s => s.Key.Item2 == user), s => Assert.Empty(s.Value));
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_reviewer_sees_no_comment_box_or_buttons_where_they_may_not_act(string provider)
    {
        var app = apps.For(provider);
        var agencyId = (await DemoIds.AgenciesAsync(StaffClient.Anonymous(app)))[DemoDistrict.Bureau];
        var editor = await StaffClient.SignInAsync(app, "kgx.editor");
        var id = await DraftAsync(editor, agencyId, "无按钮测试" + provider, "work_updates", "<p>正文</p>");
        var page = await (await StaffClient.SignInAsync(app, "kgx.secrecy")).GetStringAsync($"/staff/agencies/{agencyId}/items/{id}");
        Assert.DoesNotContain("id=\"review-actions\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"Comment\"", page, StringComparison.Ordinal);
        Assert.Contains("name=\"action\" value=\"Submit\"", await editor.GetStringAsync($"/staff/agencies/{agencyId}/items/{id}"), StringComparison.Ordinal);
    }

    private static HashSet<string> ButtonsOf(string html) =>
        ActionButton().Matches(html).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

    private static async Task<(ItemState State, IReadOnlyList<ItemEvent> Events)> EventsAsync(OgiWebFactory<Program> app, int itemId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OpenGovInfoDbContext>();
        var rows = await db.ItemEvents.AsNoTracking().Where(e => e.ItemId == itemId).OrderBy(e => e.Sequence).ToListAsync();
        var events = rows.Select(e => e.ToDomain()).ToList();
        return (ReviewWorkflow.Replay(events).State, events);
    }

    private static async Task<HashSet<string>> AllowedAsync(OgiWebFactory<Program> app, string userName, IReadOnlyList<ItemEvent> events)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var user = await users.FindByNameAsync(userName) ?? throw new InvalidOperationException(userName);
        var held = (await users.GetRolesAsync(user)).ToHashSet(StringComparer.Ordinal);
        var roles = PublishingActor.RolesOf(held.Contains);
        var workflow = ReviewWorkflow.For(InformationCategory.FromCode("normative_documents")!);
        var now = events[^1].At.AddMinutes(1);
        return Enum.GetValues<ReviewAction>()
            .Where(a => workflow.Decide(events, new ReviewRequest(user.Id, roles, a, now, "意见")).IsAllowed)
            .Select(a => a.ToString())
            .ToHashSet(StringComparer.Ordinal);
    }

    [GeneratedRegex("name=\"action\" value=\"([A-Za-z]+)\"")]
    private static partial Regex ActionButton();
}
