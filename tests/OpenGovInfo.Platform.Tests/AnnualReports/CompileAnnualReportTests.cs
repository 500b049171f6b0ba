using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Domain.AnnualReports;
using OpenGovInfo.Domain.AnnualReports.Rules;
using OpenGovInfo.Platform.AnnualReports;
using OpenGovInfo.Platform.Data;
using OpenGovInfo.Platform.Demo;
using OpenGovInfo.Platform.Staff;
using OpenGovInfo.Testing;
using OpenGovInfo.Testing.Postgres;
using OpenGovInfo.Testing.Web;

namespace OpenGovInfo.Platform.Tests.AnnualReports;

/// <summary>The report compiled from the demo district's records: the seed's bureau equals the seed, every report keeps the rules.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class CompileAnnualReportTests(PostgresServer postgres)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_seed_bureaus_2023_report_compiled_from_its_records_equals_the_seed_in_every_table(string provider)
    {
        await using var host = await SeededAsync(provider);
        var bureau = await AgencyIdAsync(host, DemoDistrict.Bureau);
        var compiled = await CompileAsync(host, bureau, 2023);
        var seed = TruthData.Seed();

        Assert.Equal(DemoDistrict.Bureau, compiled.Report.Agency);
        foreach (var row in seed.Definition.ApplicationRows)
        {
            Assert.Equal(seed.Applications!.Row(row.Code), compiled.Report.Applications!.Row(row.Code));
        }

        Assert.Equal(seed.ReviewLitigation!.Flattened(), compiled.Report.ReviewLitigation!.Flattened());
        foreach (var item in seed.Definition.ProactiveItems)
        {
            Assert.Equal(seed.Proactive!.Values(item.Code), compiled.Report.Proactive!.Values(item.Code));
        }

        // The seed's overview: 36 items — 15 工作动态, 2 计划总结, 0 人事信息, 0 行政执法信息, 19 其他.
        Assert.Equal(36, compiled.Published.Total);
        Assert.Equal([15, 2, 0, 0, 19], compiled.Published.ByCategory.Select(c => c.Count));
        Assert.Contains("共主动公开政府信息36条", compiled.Report.Sections["overview"], StringComparison.Ordinal);
        Assert.Equal("2023年度本机关未收取信息处理费。", compiled.Report.Sections["other_matters"]);
        Assert.DoesNotContain(ConsistencyChecker.Check(compiled.Report, seed), f => f.Severity == FindingSeverity.Error);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Every_demo_agencys_reports_2023_to_2025_keep_the_rules_carry_over_and_add_up_to_their_records(string provider)
    {
        await using var host = await SeededAsync(provider);
        var agencies = await host.RunAsync<OpenGovInfoDbContext, List<int>>(db => db.Agencies.Select(a => a.Id).ToListAsync());
        var sawCarryOver = false;
        var sawRemedy = false;
        foreach (var agency in agencies)
        {
            CompiledReport? previous = null;
            foreach (var year in new[] { 2023, 2024, 2025 })
            {
                var compiled = await CompileAsync(host, agency, year);
                var report = compiled.Report;
                var findings = ConsistencyChecker.Check(report, previous?.Report);
                Assert.True(findings.Count == 0, $"{report.Title}: {string.Join("; ", findings.Select(f => $"{f.Rule} {f.Where} {f.Message}"))}");

                // 上年结转 (Y) = 结转下年度 (Y−1), cell by cell and case by case.
                if (previous is not null)
                {
                    for (var c = 0; c < TableLayouts.ColumnCount; c++)
                    {
                        Assert.Equal(previous.Sources[CellKeys.Applications("carried_forward_to_next_year", c)].Ids,
                            compiled.Sources[CellKeys.Applications("carried_over_from_previous_year", c)].Ids);
                    }
                }

                sawCarryOver |= report.Applications!["carried_over_from_previous_year", TableLayouts.TotalColumn] > 0;
                sawRemedy |= report.ReviewLitigation!.Flattened().Any(v => v > 0);

                // Every drill-down list has exactly as many records as its cell counts.
                foreach (var (key, sources) in compiled.Sources.Where(s => s.Value.Kind is not (SourceKind.RegisterFee or SourceKind.Item)))
                {
                    Assert.Equal(CellKeys.ValueOf(report, key), sources.Ids.Count);
                }

                // An independent count straight from the database.
                var start = new DateOnly(year, 1, 1);
                var end = new DateOnly(year, 12, 31);
                var counted = await host.RunAsync<OpenGovInfoDbContext, (int New, int Closed, int Open)>(async db => (
                    await db.Applications.CountAsync(a => a.AgencyId == agency && a.ReceivedOn >= start && a.ReceivedOn <= end),
                    await db.Applications.CountAsync(a => a.AgencyId == agency && a.ClosedOn >= start && a.ClosedOn <= end),
                    await db.Applications.CountAsync(a => a.AgencyId == agency && a.ReceivedOn <= end && (a.ClosedOn == null || a.ClosedOn > end))));
                Assert.Equal(counted.New, report.Applications["new_received", TableLayouts.TotalColumn]);
                Assert.Equal(counted.Closed, report.Applications["total_processed", TableLayouts.TotalColumn]);
                Assert.Equal(counted.Open, report.Applications["carried_forward_to_next_year", TableLayouts.TotalColumn]);
                previous = compiled;
            }
        }

        Assert.True(sawCarryOver);
        Assert.True(sawRemedy);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_bureaus_register_records_appear_in_its_2024_report_and_a_year_before_2021_is_refused(string provider)
    {
        await using var host = await SeededAsync(provider);
        var bureau = await AgencyIdAsync(host, DemoDistrict.Bureau);
        var compiled = await CompileAsync(host, bureau, 2024);
        var table = compiled.Report.Proactive!;
        Assert.Equal(2, table["normative_documents", "issued_this_year"]);
        Assert.Equal(2, table["normative_documents", "in_force"]);
        Assert.Equal(1, table["administrative_penalty", "decisions_this_year"]);
        Assert.Equal(1.25m, table["administrative_fees", "amount_10k_cny"]);
        Assert.Single(compiled.Sources[CellKeys.Proactive("administrative_fees", "amount_10k_cny")].Ids);
        Assert.Equal(1, (await CompileAsync(host, bureau, 2025)).Report.Proactive!["normative_documents", "repealed_this_year"]);

        var refused = await host.RunAsync<CompileAnnualReport, Common.Result<CompiledReport>>(c => c.RunAsync(bureau, 2020));
        Assert.False(refused.IsSuccess);
        Assert.Contains("2021", refused.Errors[0].Message, StringComparison.Ordinal);
    }

    internal static async Task<PlatformHost> SeededAsync(string provider, PostgresServer postgres)
    {
        var host = await PlatformHost.StartAsync(provider, postgres);
        await host.RunAsync<StaffRoleSetup>(s => s.EnsureRolesAsync());
        Assert.True(await host.RunAsync<DemoSeeder, bool>(s => s.SeedIfEmptyAsync("Test#Pingqiao2026")));
        return host;
    }

    internal static Task<int> AgencyIdAsync(PlatformHost host, string name) =>
        host.RunAsync<OpenGovInfoDbContext, int>(db => db.Agencies.Where(a => a.Name == name).Select(a => a.Id).SingleAsync());

    private Task<PlatformHost> SeededAsync(string provider) => SeededAsync(provider, postgres);

    private static async Task<CompiledReport> CompileAsync(PlatformHost host, int agency, int year)
    {
        var result = await host.RunAsync<CompileAnnualReport, Common.Result<CompiledReport>>(c => c.RunAsync(agency, year));
        Assert.True(result.IsSuccess, string.Join("; ", result.Errors.Select(e => e.Message)));
        return result.Value;
    }
}
