using OpenGovInfo.Domain.Applications.Events;
using OpenGovInfo.Platform.AnnualReports;
using OpenGovInfo.Platform.Data;
using OpenGovInfo.Testing.Postgres;
using OpenGovInfo.Testing.Web;

namespace OpenGovInfo.Platform.Tests.AnnualReports;

/// <summary>
/// Section 六's fees are summed by the database along two plans on SQLite (ADR 0025): from the year's payments for a
/// roll-up, from the agency's own cases when it is one of many. Both give what the generated logs say.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class ProcessingFeesPaidTests(PostgresServer postgres)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task One_agency_among_many_and_the_roll_up_count_the_fees_its_logs_record(string provider)
    {
        await using var host = await PlatformHost.StartAsync(provider, postgres);
        // 25 agencies: one is under the 5 % share that makes SQLite start from the agency's cases.
        var agencies = await GeneratedCaseLoadReportTests.AddAgenciesAsync(host, 25);
        var load = GeneratedCaseLoad.Generate(agencies, [2024, 2025], 40);
        await host.RunAsync<OpenGovInfoDbContext>(db => load.StoreAsync(db));

        // Independently of SQL: each payment in 2025 pays the latest notice before it in the case's log.
        var expected = agencies.ToDictionary(a => a, _ => 0L);
        foreach (var (row, events) in load.Cases)
        {
            long notice = 0;
            foreach (var e in events)
            {
                notice = e is FeeNoticeIssued issued ? issued.AmountFen : notice;
                expected[row.AgencyId] += e is FeePaid { On.Year: 2025 } ? notice : 0;
            }
        }

        Assert.True(expected.Values.Count(v => v > 0) > 10, "too few agencies with fees for the test to mean anything");
        var rolled = await host.RunAsync<CompileDistrictReport, Common.Result<DistrictReport>>(c => c.RunAsync(2025));
        Assert.True(rolled.IsSuccess);
        Assert.Equal(expected.Values.Sum(), rolled.Value.Total.FeesCollectedFen);
        foreach (var member in rolled.Value.Members)
        {
            Assert.Equal(expected[member.AgencyId], member.FeesCollectedFen);
            var single = await host.RunAsync<CompileAnnualReport, Common.Result<CompiledReport>>(c => c.RunAsync(member.AgencyId, 2025));
            Assert.Equal(expected[member.AgencyId], single.Value.FeesCollectedFen);
        }
    }
}
