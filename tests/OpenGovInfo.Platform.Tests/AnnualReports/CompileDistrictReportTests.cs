using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Domain.AnnualReports;
using OpenGovInfo.Domain.AnnualReports.Rules;
using OpenGovInfo.Platform.AnnualReports;
using OpenGovInfo.Platform.Data;
using OpenGovInfo.Platform.Demo;
using OpenGovInfo.Testing;
using OpenGovInfo.Testing.Postgres;
using OpenGovInfo.Testing.Web;

namespace OpenGovInfo.Platform.Tests.AnnualReports;

/// <summary>The district roll-up: the government's own records plus its agencies, summed cell by cell; the dashboard and its workbook.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class CompileDistrictReportTests(PostgresServer postgres)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_district_report_is_the_cell_by_cell_sum_of_its_members_and_keeps_every_rule_2023_to_2025(string provider)
    {
        await using var host = await CompileAnnualReportTests.SeededAsync(provider, postgres);
        var government = await CompileAnnualReportTests.AgencyIdAsync(host, DemoDistrict.Government);
        var agencies = await host.RunAsync<OpenGovInfoDbContext, List<int>>(db => db.Agencies.OrderBy(a => a.Id).Select(a => a.Id).ToListAsync());
        AnnualReport? previous = null;
        var sawNonZero = false;
        foreach (var year in new[] { 2023, 2024, 2025 })
        {
            var result = await host.RunAsync<CompileDistrictReport, Common.Result<DistrictReport>>(c => c.RunAsync(year));
            Assert.True(result.IsSuccess);
            var district = result.Value;
            var total = district.Total.Report;
            Assert.Equal(government, district.GovernmentId);
            Assert.Equal(DemoDistrict.Government, total.Agency);

            // Every demo agency belongs to the government; its own report comes first.
            Assert.Equal(agencies.Count, district.Members.Count);
            Assert.Equal(government, district.Members[0].AgencyId);

            // The members compiled independently, one by one.
            var members = new List<CompiledReport>();
            foreach (var agency in agencies)
            {
                var own = await host.RunAsync<CompileAnnualReport, Common.Result<CompiledReport>>(c => c.RunAsync(agency, year));
                members.Add(own.Value);
            }

            foreach (var row in total.Definition.ApplicationRows)
            {
                for (var c = 0; c < TableLayouts.ColumnCount; c++)
                {
                    Assert.Equal(members.Sum(m => m.Report.Applications![row.Code, c]), total.Applications![row.Code, c]);
                }
            }

            for (var g = 0; g < TableLayouts.ReviewGroups.Count; g++)
            {
                for (var m = 0; m < ReviewLitigationTable.MeasureCount; m++)
                {
                    Assert.Equal(members.Sum(r => r.Report.ReviewLitigation!.GroupAt(g)![m]), total.ReviewLitigation!.GroupAt(g)![m]);
                }
            }

            foreach (var item in total.Definition.ProactiveItems)
            {
                var values = total.Proactive!.Values(item.Code)!;
                for (var m = 0; m < values.Length; m++)
                {
                    Assert.Equal(members.Sum(r => r.Report.Proactive!.Values(item.Code)![m]), values[m]);
                }
            }

            Assert.Equal(members.Sum(m => m.Published.Total), district.Total.Published.Total);
            Assert.Equal(members.Sum(m => m.FeesCollectedFen), district.Total.FeesCollectedFen);
            Assert.Contains($"共主动公开政府信息{district.Total.Published.Total}条", total.Sections["overview"], StringComparison.Ordinal);

            // The drill-down of the total lists every member's records.
            var key = CellKeys.Applications("new_received", TableLayouts.TotalColumn);
            Assert.Equal(members.SelectMany(m => m.Sources[key].Ids).Order(), district.Total.Sources[key].Ids);
            Assert.Equal(total.Applications!["new_received", TableLayouts.TotalColumn], district.Total.Sources[key].Ids.Count);

            var findings = ConsistencyChecker.Check(total, previous);
            Assert.True(findings.Count == 0, string.Join("; ", findings.Select(f => $"{f.Rule} {f.Where} {f.Message}")));
            sawNonZero |= total.Applications["total_processed", TableLayouts.TotalColumn] > 0 && total.ReviewLitigation!.Flattened().Any(v => v > 0);
            previous = total;
        }

        Assert.True(sawNonZero);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_dashboard_gives_each_agencys_ratios_over_three_years_and_the_workbook_reads_back(string provider)
    {
        await using var host = await CompileAnnualReportTests.SeededAsync(provider, postgres);
        var result = await host.RunAsync<GetReportDashboard, Common.Result<ReportDashboard>>(d => d.RunAsync(2025));
        Assert.True(result.IsSuccess);
        var dashboard = result.Value;
        Assert.Equal([2023, 2024, 2025], dashboard.Years);
        var bureau = await CompileAnnualReportTests.AgencyIdAsync(host, DemoDistrict.Bureau);
        var line = dashboard.Agencies.Single(a => a.AgencyId == bureau).Lines.Single(l => l.Year == 2024);
        var compiled = (await host.RunAsync<CompileAnnualReport, Common.Result<CompiledReport>>(c => c.RunAsync(bureau, 2024))).Value.Report;
        Assert.Equal(compiled.Applications!["granted", TableLayouts.TotalColumn], line.Figures.Granted);
        Assert.Equal(compiled.Applications!["total_processed", TableLayouts.TotalColumn], line.Figures.Processed);
        Assert.NotNull(line.Summary);

        // The district line is the sum of the agencies' lines.
        foreach (var year in dashboard.Years)
        {
            var sum = dashboard.Agencies.Select(a => a.Lines.Single(l => l.Year == year).Figures).ToList();
            var district = dashboard.District.Lines.Single(l => l.Year == year).Figures;
            Assert.Equal(sum.Sum(f => f.Granted), district.Granted);
            Assert.Equal(sum.Sum(f => f.Processed), district.Processed);
            Assert.Equal(sum.Sum(f => f.Corrected), district.Corrected);
            Assert.Equal(sum.Sum(f => f.Decided), district.Decided);
        }

        var bytes = ComparisonWorkbook.Write(dashboard);
        var rows = ReadBack(bytes);
        Assert.Equal(ComparisonWorkbook.Header, rows[0]);
        Assert.Equal(1 + ((dashboard.Agencies.Count + 1) * 3), rows.Count);
        var bureauRow = rows.Single(r => r[0] == DemoDistrict.Bureau && r[1] == "2024");
        Assert.Equal(line.Figures.Granted.ToString(System.Globalization.CultureInfo.InvariantCulture), bureauRow[9]);
        if (line.Figures.GrantedShare is { } share)
        {
            Assert.Equal(share, decimal.Parse(bureauRow[10], System.Globalization.CultureInfo.InvariantCulture));
        }

        Assert.Equal("全区合计", rows[^1][0]);
    }

    /// <summary>Reads the first sheet back as text, independently of the writer.</summary>
    private static List<string[]> ReadBack(byte[] bytes)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var sheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
        return
        [
            .. sheet.Descendants<Row>().Select(r =>
            {
                var cells = new string[ComparisonWorkbook.Header.Count];
                foreach (var cell in r.Elements<Cell>())
                {
                    var column = cell.CellReference!.Value!.TakeWhile(char.IsLetter).Aggregate(0, (n, ch) => (n * 26) + ch - 'A' + 1) - 1;
                    cells[column] = cell.DataType?.Value == CellValues.InlineString ? cell.InlineString!.InnerText : cell.CellValue?.Text ?? "";
                }

                return cells.Select(c => c ?? "").ToArray();
            }),
        ];
    }
}
