using System.Text.Json.Nodes;
using OpenGovInfo.Documents.Json;
using OpenGovInfo.Testing;
using OpenGovInfo.Testing.Builders;

namespace OpenGovInfo.Cli.Tests.Reports;

public class CheckCommandTests
{
    private static readonly HashSet<string> HardRules = ["T3-1", "T3-2", "T3-3", "T4-1"];

    [Theory]
    [MemberData(nameof(TruthData.TruthNames), MemberType = typeof(TruthData))]
    public void Check_reports_exactly_the_expected_findings_of_every_truth_file(string name)
    {
        var path = Path.Combine(SharedPaths.TruthFolder, name);
        var expected = (JsonNode.Parse(File.ReadAllText(path))!["expected_findings"]?.AsArray() ?? [])
            .Select(f => (f!["rule"]!.GetValue<string>(), f["where"]!.GetValue<string>()))
            .ToHashSet();

        var (code, output) = CliRun.Ogi("report", "check", path, "--json");

        var findings = JsonNode.Parse(output)!["findings"]!.AsArray();
        var errors = findings.Where(f => f!["severity"]!.GetValue<string>() == "error").ToArray();
        var hard = errors.Where(f => HardRules.Contains(f!["rule"]!.GetValue<string>()))
            .Select(f => (f!["rule"]!.GetValue<string>(), f["where"]!.GetValue<string>()))
            .ToHashSet();
        Assert.Equal(expected.Order(), hard.Order());
        Assert.Equal(errors.Length, hard.Count);
        Assert.Equal(expected.Count > 0 ? 1 : 0, code);
        Assert.All(findings, f => Assert.False(string.IsNullOrWhiteSpace(f!["message"]!.GetValue<string>())));
    }

    [Fact]
    public void The_readable_list_of_the_sample_is_pinned()
    {
        var (code, output) = CliRun.Ogi("report", "check", SharedPaths.InRepository("samples", "pingqiao-2023.json"));
        Assert.Equal(0, code);
        GoldenFile.AssertMatches("cli-check-sample.txt", output);
    }

    [Fact]
    public void A_broken_report_prints_chinese_messages_with_the_numbers_and_exits_1()
    {
        var report = ReportBuilder.Sample();
        report.Agency = "测试局";
        report.Applications!["total_processed", 6] = report.Applications["total_processed", 6] + 1;
        using var file = new TempFile(AnnualReportJsonWriter.Serialize(report));

        var (code, output) = CliRun.Ogi("report", "check", file.Path);

        Assert.Equal(1, code);
        Assert.Contains("T3-1 applications.total", output, StringComparison.Ordinal);
        Assert.Contains("第三部分“总计”列：一+二=", output, StringComparison.Ordinal);
        Assert.Contains("错误", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_previous_report_enables_the_cross_year_warning_without_failing()
    {
        var previous = ReportBuilder.Sample(seed: 1);
        previous.Year = 2023;
        var report = ReportBuilder.Sample(seed: 2);
        using var last = new TempFile(AnnualReportJsonWriter.Serialize(previous));
        using var now = new TempFile(AnnualReportJsonWriter.Serialize(report));

        var (code, output) = CliRun.Ogi("report", "check", now.Path, "--previous", last.Path, "--json");

        Assert.Equal(0, code);
        var rules = JsonNode.Parse(output)!["findings"]!.AsArray().Select(f => f!["rule"]!.GetValue<string>());
        Assert.Contains("T3-6", rules);
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("{\"schema\": \"opengovinfo/annual-report@1\", \"format\": \"2021\"}")]
    public void Unreadable_input_exits_2_with_the_json_path(string content)
    {
        using var file = new TempFile(content);
        var (code, output) = CliRun.Ogi("report", "check", file.Path);
        Assert.Equal(2, code);
        Assert.Contains("无法读取", output, StringComparison.Ordinal);
        Assert.Contains("$", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("report", "check")]
    [InlineData("report", "check", "a.json", "--bogus")]
    [InlineData("report", "frobnicate")]
    [InlineData("report", "render", "a.json", "--format", "odt")]
    public void Bad_arguments_exit_2_with_a_clear_message(params string[] args)
    {
        var (code, output) = CliRun.Ogi(args);
        Assert.Equal(2, code);
        Assert.Contains("错误", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_is_bilingual()
    {
        var (code, output) = CliRun.Ogi("report", "check", "--help");
        Assert.Equal(0, code);
        Assert.Contains("勾稽关系", output, StringComparison.Ordinal);
        Assert.Contains("consistency rules", output, StringComparison.Ordinal);
        Assert.Contains("--previous", output, StringComparison.Ordinal);
    }
}
