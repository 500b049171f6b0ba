using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Domain.Applications;
using OpenGovInfo.Domain.Calendar;
using OpenGovInfo.Platform.Applications;
using OpenGovInfo.Platform.Data;
using OpenGovInfo.Platform.Demo;
using OpenGovInfo.Platform.Staff;
using OpenGovInfo.Testing.Postgres;
using OpenGovInfo.Testing.Web;

namespace OpenGovInfo.Platform.Tests.Applications;

/// <summary>The demo district's applications cover what the annual report counts, and every stored log replays to its row.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class DemoApplicationsTests(PostgresServer postgres)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Every_agency_has_every_outcome_and_the_seed_bureau_received_nothing_in_2023(string provider)
    {
        await using var host = await PlatformHost.StartAsync(provider, postgres);
        await host.RunAsync<StaffRoleSetup>(s => s.EnsureRolesAsync());
        Assert.True(await host.RunAsync<DemoSeeder, bool>(s => s.SeedIfEmptyAsync("Test#Pingqiao2026")));
        var rows = await host.RunAsync<OpenGovInfoDbContext, List<ApplicationRow>>(db => db.Applications.AsNoTracking().ToListAsync());
        var agencies = await host.RunAsync<OpenGovInfoDbContext, Dictionary<int, string>>(db => db.Agencies.ToDictionaryAsync(a => a.Id, a => a.Name));
        foreach (var (id, name) in agencies)
        {
            var outcomes = rows.Where(r => r.AgencyId == id && r.ClosedOn?.Year is >= 2023 and <= 2025).Select(r => r.OutcomeCode).Distinct().ToHashSet();
            Assert.True(ApplicationOutcome.All.All(o => outcomes.Contains(o.Code)), $"{name} misses {string.Join(",", ApplicationOutcome.All.Where(o => !outcomes.Contains(o.Code)))}");
            Assert.Contains(rows, r => r.AgencyId == id && r.ReceivedOn.Year == 2024 && r.ClosedOn?.Year == 2025); // carried over a year end
            Assert.Contains(rows, r => r.AgencyId == id && r.ClosedOn is null && r.NextDue is not null); // something in the queue today
        }

        var bureau = agencies.Single(a => a.Value == DemoDistrict.Bureau).Key;
        Assert.DoesNotContain(rows, r => r.AgencyId == bureau && r.ReceivedOn.Year == 2023);
        Assert.DoesNotContain(rows, r => r.AgencyId == bureau && r.ClosedOn?.Year == 2023);
        var remedies = await host.RunAsync<OpenGovInfoDbContext, List<RemedyRow>>(db => db.Remedies.AsNoTracking().ToListAsync());
        Assert.Contains(remedies, r => r.Result == RemedyResult.Corrected);
        Assert.Contains(remedies, r => r.Kind == RemedyKind.LitigationDirect && r.Result == RemedyResult.Pending);

        // Every stored log replays, and the stored derived columns are what the replay says.
        var sample = rows.Where((_, i) => i % 17 == 0).ToList();
        foreach (var row in sample)
        {
            var log = await host.RunAsync<OpenGovInfoDbContext, CaseLog?>(db => CaseLog.LoadAsync(db, WorkingDayCalendar.China, ClockSettings.Default, row.Id, CancellationToken.None));
            Assert.Equal(row.Status, log!.Case.Status);
            Assert.Equal(row.ClosedOn, log.Case.ClosedOn);
            Assert.Equal(row.OutcomeCode, log.Case.Outcome?.Code);
        }
    }
}
