using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Platform.Data;
using OpenGovInfo.Platform.Publishing;
using OpenGovInfo.Testing.Postgres;
using OpenGovInfo.Testing.Web;
using static OpenGovInfo.Platform.Tests.Publishing.PublishingFixture;

namespace OpenGovInfo.Platform.Tests.Publishing;

/// <summary>
/// Issue #12 item 11: CreateDraft saves the item and then its first event. A database trigger that refuses the second
/// write stands in for a crash between the two: afterwards there must be no item without its event.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class CreateDraftAtomicityTests(PostgresServer postgres)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_failure_on_the_event_write_leaves_no_item_behind(string provider)
    {
        var (host, agencyId) = await StartAsync(provider, postgres);
        await using var _ = host;
        await host.RunAsync<OpenGovInfoDbContext>(db => db.Database.ExecuteSqlRawAsync(provider == "Sqlite"
            ? "CREATE TRIGGER refuse_events BEFORE INSERT ON item_events BEGIN SELECT RAISE(ABORT, 'refused by test'); END;"
            : """
              CREATE FUNCTION refuse_events() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused by test'; END $$;
              CREATE TRIGGER refuse_events BEFORE INSERT ON item_events FOR EACH ROW EXECUTE FUNCTION refuse_events();
              """));

        await Assert.ThrowsAnyAsync<DbUpdateException>(() => host.RunAsync<CreateDraft>(u => u.RunAsync(agencyId, Editor, Input("不应留下的草稿"))));

        Assert.Equal(0, await host.RunAsync<OpenGovInfoDbContext, int>(db => db.Items.CountAsync()));

        // With the trigger gone the same draft is stored whole: the failure above was the trigger, nothing else.
        await host.RunAsync<OpenGovInfoDbContext>(db => db.Database.ExecuteSqlRawAsync(provider == "Sqlite"
            ? "DROP TRIGGER refuse_events;"
            : "DROP TRIGGER refuse_events ON item_events; DROP FUNCTION refuse_events();"));
        var id = await DraftAsync(host, agencyId, Input("完整的草稿"));
        Assert.Equal(1, await host.RunAsync<OpenGovInfoDbContext, int>(db => db.Items.CountAsync()));
        Assert.Equal(1, await host.RunAsync<OpenGovInfoDbContext, int>(db => db.ItemEvents.CountAsync(e => e.ItemId == id)));
    }
}
