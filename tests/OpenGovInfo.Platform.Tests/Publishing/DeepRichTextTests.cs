using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Platform.Data;
using OpenGovInfo.Platform.Agencies;
using OpenGovInfo.Platform.Common;
using OpenGovInfo.Platform.Publishing;
using OpenGovInfo.Testing.Postgres;
using static OpenGovInfo.Platform.Tests.Publishing.PublishingFixture;

namespace OpenGovInfo.Platform.Tests.Publishing;

/// <summary>Issue #12 item 4 at the use cases: 66 000 nested &lt;b&gt; are refused quickly in Chinese and nothing is stored.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class DeepRichTextTests(PostgresServer postgres)
{
    // Unclosed, as in the report: 198 002 characters, inside the 200 000 body limit, so only the depth check stops it.
    private static readonly string Bomb = string.Concat(Enumerable.Repeat("<b>", 66_000)) + "正文";

    // The guide's limit is 20 000 characters: 6 000 levels fit.
    private static readonly string GuideBomb = string.Concat(Enumerable.Repeat("<b>", 6_000)) + "指南";

    [Fact]
    public async Task An_item_body_and_a_guide_nested_too_deeply_are_refused_fast()
    {
        var (host, agencyId) = await StartAsync("Sqlite", postgres);
        await using var _ = host;
        var watch = Stopwatch.StartNew();

        var draft = await host.RunAsync<CreateDraft, Result<int>>(u => u.RunAsync(agencyId, Editor, Input("嵌套", body: Bomb)));
        var guide = await host.RunAsync<UpdateDisclosurePages, Result<AgencyDetails>>(u => u.RunAsync(new UpdateDisclosurePagesRequest(agencyId, GuideBomb, null)));

        watch.Stop();
        Assert.Contains(draft.Errors, e => e.Message.Contains("正文的格式嵌套层级过深", StringComparison.Ordinal));
        Assert.Contains(guide.Errors, e => e.Message.Contains("公开指南的格式嵌套层级过深", StringComparison.Ordinal));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"took {watch.Elapsed}");
        Assert.Equal(0, await host.RunAsync<OpenGovInfoDbContext, int>(db => db.Items.CountAsync()));
    }
}
