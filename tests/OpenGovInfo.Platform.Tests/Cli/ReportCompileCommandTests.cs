using System.Globalization;
using OpenGovInfo.Documents.Json;
using OpenGovInfo.Platform.AnnualReports;
using OpenGovInfo.Platform.Demo;
using OpenGovInfo.Platform.Tests.AnnualReports;
using OpenGovInfo.Testing;
using OpenGovInfo.Testing.Postgres;
using OpenGovInfo.Testing.Web;

namespace OpenGovInfo.Platform.Tests.Cli;

/// <summary>
/// <c>ogi report compile</c> writes the same canonical JSON the platform compiles (the seed's bureau's 2023 report equals
/// the seed), and refuses in Chinese with exit code 2 for bad input and 1 for a database it cannot read — without
/// creating a database where none was.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class ReportCompileCommandTests(PostgresServer postgres)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_compiled_report_is_written_as_the_platforms_canonical_JSON(string provider)
    {
        await using var host = await CompileAnnualReportTests.SeededAsync(provider, postgres);
        var bureau = await CompileAnnualReportTests.AgencyIdAsync(host, DemoDistrict.Bureau);
        var output = Path.Combine(Path.GetTempPath(), $"ogi-compile-{Guid.NewGuid():N}.json");
        try
        {
            var (code, text) = CliRunner.Run(["report", "compile", "--agency", Id(bureau), "--year", "2023",
                "--provider", provider, "--connection", host.Database.ConnectionString, "-o", output]);
            Assert.True(code == 0, text);
            Assert.Contains($"已编制 {DemoDistrict.Bureau}2023年度报告", text, StringComparison.Ordinal);

            var expected = await host.RunAsync<CompileAnnualReport, Common.Result<CompiledReport>>(c => c.RunAsync(bureau, 2023));
            var written = await File.ReadAllTextAsync(output);
            Assert.Equal(AnnualReportJsonWriter.Serialize(expected.Value.Report), written);
            Assert.Contains("\"schema\": \"opengovinfo/annual-report@1\"", written, StringComparison.Ordinal);

            // Read back, the tables are the seed's (the report the bureau published for 2023).
            var read = AnnualReportJsonReader.Read(written);
            Assert.True(read.Report is not null, string.Join("; ", read.Errors.Select(e => e.Message)));
            var seed = TruthData.Seed();
            Assert.Equal(seed.Applications!.Row("granted"), read.Report.Applications!.Row("granted"));
            Assert.Equal(seed.ReviewLitigation!.Flattened(), read.Report.ReviewLitigation!.Flattened());

            // Without -o, to standard output, for pipes.
            (code, text) = CliRunner.Run(["report", "compile", "--agency", Id(bureau), "--year", "2024",
                "--provider", provider, "--connection", host.Database.ConnectionString]);
            Assert.Equal(0, code);
            Assert.Contains("\"year\": 2024", text, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(output);
        }
    }

    [Fact]
    public async Task Unknown_agency_year_out_of_range_and_unreadable_database_are_refused_in_Chinese()
    {
        await using var host = await PlatformHost.StartAsync("Sqlite", postgres);
        var agency = (await GeneratedCaseLoadReportTests.AddAgenciesAsync(host, 1))[0];
        string[] db = ["--provider", "Sqlite", "--connection", host.Database.ConnectionString];
        var output = Path.Combine(Path.GetTempPath(), $"ogi-compile-{Guid.NewGuid():N}.json");

        var (code, text) = CliRunner.Run(["report", "compile", "--agency", "9999", "--year", "2024", .. db, "-o", output]);
        Assert.Equal(2, code);
        Assert.Contains("未找到编号为 9999 的机关", text, StringComparison.Ordinal);

        (code, text) = CliRunner.Run(["report", "compile", "--agency", Id(agency), "--year", "2019", .. db, "-o", output]);
        Assert.Equal(2, code);
        Assert.Contains("只能编制2021年及以后年度的年报", text, StringComparison.Ordinal);

        (code, text) = CliRunner.Run(["report", "compile", "--agency", Id(agency), .. db, "-o", output]);
        Assert.Equal(2, code);
        Assert.Contains("请用 --year 指定报告年度", text, StringComparison.Ordinal);
        Assert.False(File.Exists(output));

        // A mistyped path: refused, and no empty database is left behind.
        var missing = Path.Combine(Path.GetTempPath(), $"ogi-missing-{Guid.NewGuid():N}.db");
        (code, text) = CliRunner.Run(["report", "compile", "--agency", Id(agency), "--year", "2024", "--provider", "Sqlite", "--connection", $"Data Source={missing}", "-o", output]);
        Assert.Equal(1, code);
        Assert.Contains("无法读取平台数据库", text, StringComparison.Ordinal);
        Assert.False(File.Exists(missing));

        // A file that is not a platform database.
        var garbage = Path.GetTempFileName();
        await File.WriteAllTextAsync(garbage, "这不是数据库");
        try
        {
            (code, text) = CliRunner.Run(["report", "compile", "--agency", Id(agency), "--year", "2024", "--provider", "Sqlite", "--connection", $"Data Source={garbage}", "-o", output]);
            Assert.Equal(1, code);
            Assert.Contains("无法读取平台数据库", text, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(garbage);
        }

        Assert.False(File.Exists(output));

        // The agency exists and has no records: a valid all-zero report, exit 0.
        (code, text) = CliRunner.Run(["report", "compile", "--agency", Id(agency), "--year", "2024", .. db, "-o", output]);
        try
        {
            Assert.True(code == 0, text);
            Assert.Contains("本年新收申请 0 件", text, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(output);
        }
    }

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}
