using OpenGovInfo.Platform.Demo;
using OpenGovInfo.Testing.Web;
using OpenGovInfo.Web.Tests.Infrastructure;
using static OpenGovInfo.Web.Tests.Publishing.ItemClient;

namespace OpenGovInfo.Web.Tests.Publishing;

/// <summary>The staff item list filters by state, category, year and title words, and pages with the filters kept.</summary>
[Collection(WebCollection.Name)]
public sealed class StaffItemListHttpTests(WebApps apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_list_filters_by_state_category_year_and_title(string provider)
    {
        var app = apps.For(provider);
        var agencyId = (await DemoIds.AgenciesAsync(StaffClient.Anonymous(app)))[DemoDistrict.Bureau];
        var editor = await StaffClient.SignInAsync(app, "kgx.editor");
        var marker = "筛选测试" + provider;
        var draft = await DraftAsync(editor, agencyId, marker + "草稿", "work_updates", "<p>正文</p>");
        var submitted = await DraftAsync(editor, agencyId, marker + "已提交", "work_updates", "<p>正文</p>");
        await ActOkAsync(editor, agencyId, submitted, "Submit");
        var list = $"/staff/agencies/{agencyId}/items";
        var q = Uri.EscapeDataString(marker);

        var both = await TableAsync(editor, $"{list}?q={q}");
        Assert.Contains($"items/{draft}\"", both, StringComparison.Ordinal);
        Assert.Contains($"items/{submitted}\"", both, StringComparison.Ordinal);
        var drafts = await TableAsync(editor, $"{list}?state=Draft&q={q}");
        Assert.Contains($"items/{draft}\"", drafts, StringComparison.Ordinal);
        Assert.DoesNotContain($"items/{submitted}\"", drafts, StringComparison.Ordinal);
        Assert.Contains("<option value=\"Draft\" selected=\"selected\">", await editor.GetStringAsync($"{list}?state=Draft&q={q}"), StringComparison.Ordinal);
        Assert.DoesNotContain($"items/{draft}\"", await TableAsync(editor, $"{list}?category=normative_documents&q={q}"), StringComparison.Ordinal);
        Assert.DoesNotContain($"items/{draft}\"", await TableAsync(editor, $"{list}?year=2019&q={q}"), StringComparison.Ordinal);
        Assert.Contains($"items/{draft}\"", await TableAsync(editor, $"{list}?year=2026&q={q}"), StringComparison.Ordinal);

        // Paging keeps the filters: every draft of the agency, 50 a page.
        var all = await TableAsync(editor, $"{list}?state=Draft");
        if (all.Contains("rel=\"next\"", StringComparison.Ordinal))
        {
            Assert.Contains("href=\"?state=Draft&amp;page=2\"", all, StringComparison.Ordinal);
        }

        // A NUL in the filter is refused as a bad request (as on every page), not a 500 on PostgreSQL.
        using var nul = await editor.GetAsync($"{list}?q=%00");
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, nul.StatusCode);
    }

    /// <summary>The list's table and pager only (the late / at-risk cards above it list unpublished items too).</summary>
    private static async Task<string> TableAsync(HttpClient client, string path)
    {
        var html = await client.GetStringAsync(path);
        return html[html.IndexOf("class=\"item-list\"", StringComparison.Ordinal)..];
    }
}
