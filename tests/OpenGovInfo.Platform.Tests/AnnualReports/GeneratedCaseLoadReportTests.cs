using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Domain.Agencies;
using OpenGovInfo.Domain.AnnualReports;
using OpenGovInfo.Domain.AnnualReports.Rules;
using OpenGovInfo.Domain.Applications;
using OpenGovInfo.Platform.Agencies;
using OpenGovInfo.Platform.AnnualReports;
using OpenGovInfo.Platform.Applications;
using OpenGovInfo.Platform.Data;
using OpenGovInfo.Testing.Postgres;
using OpenGovInfo.Testing.Web;

namespace OpenGovInfo.Platform.Tests.AnnualReports;

/// <summary>
/// The reports compiled from a generated district (<see cref="GeneratedCaseLoad"/>: thousands of cases over 2023–2025)
/// keep every rule, carry over from year to year, and equal counts taken straight from the stored event log and remedy
/// table in hand-written SQL — not from the compiler's code or the columns it reads — and every drill-down list adds up.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class GeneratedCaseLoadReportTests(PostgresServer postgres)
{
    private static readonly int[] Years = [2023, 2024, 2025];

    private const int ApplicationsPerYear = 250;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Every_agency_year_keeps_the_rules_and_equals_independent_SQL_counts_of_its_records(string provider)
    {
        await using var host = await PlatformHost.StartAsync(provider, postgres);
        var agencies = await AddAgenciesAsync(host, 4);
        var load = GeneratedCaseLoad.Generate(agencies, Years, ApplicationsPerYear);
        await host.RunAsync<OpenGovInfoDbContext>(db => load.StoreAsync(db));

        // The data set covers what it claims to, so the assertions below are not vacuous.
        var outcomes = load.Cases.Select(c => c.Row.OutcomeCode).Where(o => o is not null).ToHashSet();
        Assert.Equal(ApplicationOutcome.All.Count, outcomes.Count);
        Assert.Equal(6, load.Cases.Select(c => c.Row.ApplicantKind).Distinct().Count());
        Assert.Equal(12, load.Remedies.Select(r => (r.Remedy.Kind, r.Remedy.Result)).Distinct().Count());
        Assert.Contains(load.Cases, c => c.Events.Any(e => e is Domain.Applications.Events.ExtensionApproved));
        Assert.Contains(load.Cases, c => c.Events.Any(e => e is Domain.Applications.Events.ConsultationStarted));
        Assert.Contains(load.Cases, c => c.Events.Any(e => e is Domain.Applications.Events.SupplementReceived));
        Assert.Contains(load.Cases, c => c.Events.Any(e => e is Domain.Applications.Events.FeePaid));
        Assert.Contains(load.Cases, c => c.Row.ReceivedOn.Month == 12 && c.Row.ClosedOn?.Year == c.Row.ReceivedOn.Year + 1);

        var postgresSql = provider == "PostgreSql";
        var single = new Dictionary<(int, int), CompiledReport>();
        foreach (var agency in agencies)
        {
            CompiledReport? previous = null;
            foreach (var year in Years)
            {
                var compiled = await CompileAsync(host, agency, year);
                var report = compiled.Report;
                var findings = ConsistencyChecker.Check(report, previous?.Report);
                Assert.True(findings.Count == 0, $"{agency}/{year}: {string.Join("; ", findings.Select(f => $"{f.Rule} {f.Where} {f.Message}"))}");

                var expected = await host.RunAsync<OpenGovInfoDbContext, Dictionary<string, int>>(db => CountInSqlAsync(db, postgresSql, agency, year));
                foreach (var row in report.Definition.ApplicationRows)
                {
                    for (var c = 0; c < TableLayouts.ColumnCount; c++)
                    {
                        var key = CellKeys.Applications(row.Code, c);
                        Assert.True(expected.GetValueOrDefault(key) == report.Applications![row.Code, c], $"{agency}/{year} {key}: SQL {expected.GetValueOrDefault(key)}, report {report.Applications[row.Code, c]}");
                    }
                }

                for (var g = 0; g < TableLayouts.ReviewGroups.Count; g++)
                {
                    for (var m = 0; m < TableLayouts.ReviewMeasures.Count; m++)
                    {
                        var key = CellKeys.Review(TableLayouts.ReviewGroups[g].Code, TableLayouts.ReviewMeasures[m].Code);
                        Assert.True(expected.GetValueOrDefault(key) == report.ReviewLitigation!.GroupAt(g)![m], $"{agency}/{year} {key}");
                    }
                }

                Assert.Equal(expected.GetValueOrDefault("fees"), compiled.FeesCollectedFen);

                // 上年结转 (Y) = 结转下年度 (Y−1), in every column.
                if (previous is not null)
                {
                    Assert.Equal(previous.Report.Applications!.Row("carried_forward_to_next_year"), report.Applications!.Row("carried_over_from_previous_year"));
                }

                // Every cell's sources count it; a row's six applicant columns are disjoint and make up its 总计.
                foreach (var (key, sources) in compiled.Sources.Where(s => s.Value.Kind is SourceKind.Application or SourceKind.Remedy))
                {
                    Assert.Equal(CellKeys.ValueOf(report, key), sources.Ids.Count);
                }

                foreach (var row in report.Definition.ApplicationRows)
                {
                    var columns = Enumerable.Range(0, TableLayouts.ColumnCount).Where(c => c != TableLayouts.TotalColumn)
                        .SelectMany(c => compiled.Sources[CellKeys.Applications(row.Code, c)].Ids).Order().ToList();
                    Assert.Equal(compiled.Sources[CellKeys.Applications(row.Code, TableLayouts.TotalColumn)].Ids, columns);
                }

                single[(agency, year)] = compiled;
                previous = compiled;
            }
        }

        // The roll-up counts Table 3 in the database and reads its lists only when opened: each member and the total are
        // the reports compiled case by case, and the total's lists (read after the request's context is gone) are the members'.
        foreach (var year in Years)
        {
            var rolled = await host.RunAsync<CompileDistrictReport, Common.Result<DistrictReport>>(c => c.RunAsync(year));
            Assert.True(rolled.IsSuccess);
            Assert.Equal(agencies, rolled.Value.Members.Select(m => m.AgencyId));
            foreach (var member in rolled.Value.Members)
            {
                var own = single[(member.AgencyId, year)];
                foreach (var row in own.Report.Definition.ApplicationRows)
                {
                    Assert.Equal(own.Report.Applications!.Row(row.Code), member.Report.Applications!.Row(row.Code));
                }

                Assert.Equal(own.Report.ReviewLitigation!.Flattened(), member.Report.ReviewLitigation!.Flattened());
                Assert.Equal(own.FeesCollectedFen, member.FeesCollectedFen);
                Assert.Equal(own.Sources.Keys.Order(StringComparer.Ordinal), member.Sources.Keys.Order(StringComparer.Ordinal));
                var key = CellKeys.Applications("carried_forward_to_next_year", TableLayouts.TotalColumn);
                Assert.Equal(own.Sources[key].Ids, member.Sources[key].Ids);
            }

            foreach (var row in new[] { "new_received", "granted", "total_processed", "carried_over_from_previous_year" })
            {
                var key = CellKeys.Applications(row, TableLayouts.TotalColumn);
                Assert.Equal(agencies.SelectMany(a => single[(a, year)].Sources[key].Ids).Order(), rolled.Value.Total.Sources[key].Ids);
                Assert.Equal(agencies.Sum(a => single[(a, year)].Report.Applications![row, TableLayouts.TotalColumn]), rolled.Value.Total.Report.Applications![row, TableLayouts.TotalColumn]);
            }
        }

        Assert.True((await CompileAsync(host, agencies[0], 2024)).Report.Applications!["carried_over_from_previous_year", TableLayouts.TotalColumn] > 0);
        await DrillDownAddsUpAsync(host, agencies[1], 2024);
    }

    /// <summary>The drill-down list of every Table 3 and Table 4 cell (as the staff page shows it) has as many records as the cell.</summary>
    private static async Task DrillDownAddsUpAsync(PlatformHost host, int agency, int year)
    {
        var compiled = await CompileAsync(host, agency, year);
        // Each call compiles the agency afresh (as the page does), so: every row's 总计 and every Table 4 cell; the
        // applicant columns' lists are checked against their cells for every agency-year above.
        var keys = compiled.Sources.Where(s => s.Value.Kind is SourceKind.Remedy || s.Key.EndsWith(".total", StringComparison.Ordinal) && s.Value.Kind is SourceKind.Application)
            .Select(s => s.Key).ToList();
        Assert.True(keys.Count > 30);
        var checkedNonZero = 0;
        foreach (var key in keys)
        {
            var records = await host.RunAsync<GetCellRecords, Common.Result<(string Label, IReadOnlyList<CellRecord> Records)>>(q => q.RunAsync(agency, year, key));
            Assert.True(records.IsSuccess, key);
            var value = CellKeys.ValueOf(compiled.Report, key);
            Assert.Equal(value, records.Value.Records.Count);
            Assert.Equal(records.Value.Records.Count, records.Value.Records.Select(r => r.Id).Distinct().Count());
            checkedNonZero += value > 0 ? 1 : 0;
        }

        Assert.True(checkedNonZero > 15, $"only {checkedNonZero} non-empty cells");
    }

    /// <summary>
    /// Table 3 and Table 4 counted in SQL from the event log and the remedy table: received = the <c>received</c> event,
    /// closed = the closing event (reply, withdrawal, lapsed supplement or fee) and its outcome, open at a day's end = received
    /// by then with no closing event by then; remedies by their result as it stood on 31 December.
    /// </summary>
    private static async Task<Dictionary<string, int>> CountInSqlAsync(OpenGovInfoDbContext db, bool postgresSql, int agency, int year)
    {
        var start = Literal(new DateOnly(year, 1, 1));
        var end = Literal(new DateOnly(year, 12, 31));
        var previousEnd = Literal(new DateOnly(year - 1, 12, 31));
        var outcome = postgresSql ? "(e.\"Data\"::json ->> 'outcome')" : "json_extract(e.\"Data\", '$.outcome')";
        var amount = postgresSql ? "(n.\"Data\"::json ->> 'amountFen')::bigint" : "json_extract(n.\"Data\", '$.amountFen')";
        const string closing = "('replied', 'withdrawn', 'supplement_abandoned', 'fee_abandoned')";
        var agencyCases = $"FROM application_events e JOIN applications a ON a.\"Id\" = e.\"ApplicationId\" WHERE a.\"AgencyId\" = {agency}";
        string OpenAtEndOf(string day) =>
            $"SELECT 'x', a.\"ApplicantKind\", COUNT(*) {agencyCases} AND e.\"Kind\" = 'received' AND e.\"On\" <= {day} " +
            $"AND NOT EXISTS (SELECT 1 FROM application_events c WHERE c.\"ApplicationId\" = a.\"Id\" AND c.\"Kind\" IN {closing} AND c.\"On\" <= {day}) GROUP BY a.\"ApplicantKind\"";

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        void AddCell(string row, string applicantKind, long count)
        {
            var column = (int)Enum.Parse<ApplicantKind>(applicantKind) - 1;
            counts[CellKeys.Applications(row, column)] = counts.GetValueOrDefault(CellKeys.Applications(row, column)) + (int)count;
            counts[CellKeys.Applications(row, TableLayouts.TotalColumn)] = counts.GetValueOrDefault(CellKeys.Applications(row, TableLayouts.TotalColumn)) + (int)count;
        }

        foreach (var (row, sql) in new[]
                 {
                     ("new_received", $"SELECT 'x', a.\"ApplicantKind\", COUNT(*) {agencyCases} AND e.\"Kind\" = 'received' AND e.\"On\" >= {start} AND e.\"On\" <= {end} GROUP BY a.\"ApplicantKind\""),
                     ("carried_over_from_previous_year", OpenAtEndOf(previousEnd)),
                     ("carried_forward_to_next_year", OpenAtEndOf(end)),
                     ("total_processed", $"SELECT 'x', a.\"ApplicantKind\", COUNT(*) {agencyCases} AND e.\"Kind\" IN {closing} AND e.\"On\" >= {start} AND e.\"On\" <= {end} GROUP BY a.\"ApplicantKind\""),
                 })
        {
            foreach (var r in await QueryAsync(db, sql))
            {
                AddCell(row, (string)r[1], Convert.ToInt64(r[2], CultureInfo.InvariantCulture));
            }
        }

        var byOutcome = $"SELECT CASE e.\"Kind\" WHEN 'replied' THEN {outcome} WHEN 'withdrawn' THEN 'other.other' " +
            "WHEN 'supplement_abandoned' THEN 'other.supplement_overdue' ELSE 'other.fee_unpaid' END, a.\"ApplicantKind\", COUNT(*) " +
            $"{agencyCases} AND e.\"Kind\" IN {closing} AND e.\"On\" >= {start} AND e.\"On\" <= {end} GROUP BY 1, 2";
        foreach (var r in await QueryAsync(db, byOutcome))
        {
            AddCell((string)r[0], (string)r[1], Convert.ToInt64(r[2], CultureInfo.InvariantCulture));
        }

        var remedies = "SELECT \"Kind\", CASE WHEN \"Result\" <> 'Pending' AND \"DecidedOn\" <= " + end + " THEN \"Result\" ELSE 'Pending' END, COUNT(*) " +
            $"FROM application_remedies WHERE \"AgencyId\" = {agency} AND \"FiledOn\" >= {start} AND \"FiledOn\" <= {end} GROUP BY 1, 2";
        foreach (var r in await QueryAsync(db, remedies))
        {
            var group = TableLayouts.ReviewGroups[(int)Enum.Parse<RemedyKind>((string)r[0])].Code;
            var count = (int)Convert.ToInt64(r[2], CultureInfo.InvariantCulture);
            counts[CellKeys.Review(group, Enum.Parse<RemedyResult>((string)r[1]).Measure().Code)] = count;
            var total = CellKeys.Review(group, TableLayouts.ReviewMeasures.Single(m => m.IsTotal).Code);
            counts[total] = counts.GetValueOrDefault(total) + count;
        }

        // 信息处理费: each payment in the year pays the case's latest fee notice before it.
        var fees = $"SELECT 'x', 'y', COALESCE(SUM({amount}), 0) FROM application_events e JOIN applications a ON a.\"Id\" = e.\"ApplicationId\" " +
            "JOIN application_events n ON n.\"ApplicationId\" = e.\"ApplicationId\" AND n.\"Kind\" = 'fee_notice' AND n.\"Sequence\" = " +
            "(SELECT MAX(x.\"Sequence\") FROM application_events x WHERE x.\"ApplicationId\" = e.\"ApplicationId\" AND x.\"Kind\" = 'fee_notice' AND x.\"Sequence\" < e.\"Sequence\") " +
            $"WHERE a.\"AgencyId\" = {agency} AND e.\"Kind\" = 'fee_paid' AND e.\"On\" >= {start} AND e.\"On\" <= {end}";
        counts["fees"] = (int)Convert.ToInt64((await QueryAsync(db, fees))[0][2], CultureInfo.InvariantCulture);
        return counts;
    }

    private static string Literal(DateOnly day) => "'" + day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "'";

    private static async Task<List<object[]>> QueryAsync(OpenGovInfoDbContext db, string sql)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync();
        }

        await using DbCommand command = connection.CreateCommand();
        command.CommandText = sql;
        var rows = new List<object[]>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var values = new object[reader.FieldCount];
            reader.GetValues(values);
            rows.Add(values);
        }

        return rows;
    }

    /// <summary>A district government and <paramref name="count"/> − 1 departments under it.</summary>
    internal static Task<List<int>> AddAgenciesAsync(PlatformHost host, int count) =>
        host.RunAsync<OpenGovInfoDbContext, List<int>>(async db =>
        {
            var now = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
            var government = new Agency("生成区人民政府", AgencyKind.DistrictGovernment, CreditCode(0), null, now);
            db.Agencies.Add(government);
            await db.SaveChangesAsync();
            List<int> ids = [government.Id];
            for (var n = 1; n < count; n++)
            {
                var department = new Agency($"生成区第{n}局", AgencyKind.Department, CreditCode(n), government.Id, now);
                db.Agencies.Add(department);
                await db.SaveChangesAsync();
                ids.Add(department.Id);
            }

            return ids;
        });

    private static UnifiedSocialCreditCode CreditCode(int n)
    {
        var first17 = string.Create(CultureInfo.InvariantCulture, $"11411599MB{n:D7}");
        Assert.True(UnifiedSocialCreditCode.TryParse(first17 + UnifiedSocialCreditCode.CheckCharacter(first17), out var code, out var error), error);
        return code;
    }

    private static async Task<CompiledReport> CompileAsync(PlatformHost host, int agency, int year)
    {
        var result = await host.RunAsync<CompileAnnualReport, Common.Result<CompiledReport>>(c => c.RunAsync(agency, year));
        Assert.True(result.IsSuccess, string.Join("; ", result.Errors.Select(e => e.Message)));
        return result.Value;
    }
}
