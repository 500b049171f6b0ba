using System.Text.Json.Nodes;
using OpenGovInfo.Documents.Json;
using OpenGovInfo.Domain.AnnualReports;
using OpenGovInfo.Testing;
using OpenGovInfo.Testing.Builders;

namespace OpenGovInfo.Documents.Tests.Json;

public class AnnualReportJsonTests
{
    [Theory]
    [MemberData(nameof(TruthData.TruthNames), MemberType = typeof(TruthData))]
    public void Every_truth_file_reads_and_writes_back_to_the_same_tables(string name)
    {
        var path = Path.Combine(SharedPaths.TruthFolder, name);
        var report = TruthData.Load(path);
        var written = AnnualReportJsonWriter.Serialize(report);
        var again = AnnualReportJsonReader.Read(written);
        Assert.True(again.Succeeded, string.Join("; ", again.Errors));
        Assert.Equal(written, AnnualReportJsonWriter.Serialize(again.Report!));

        var original = JsonNode.Parse(File.ReadAllText(path))!;
        var output = JsonNode.Parse(written)!;
        foreach (var key in new[] { "format", "year", "agency", "proactive", "applications", "review_litigation" })
        {
            Assert.True(JsonNode.DeepEquals(Comparable(original[key]), Comparable(output[key])), $"{name}: {key} differs");
        }
    }

    [Fact]
    public void Decimal_fee_amounts_and_nulls_survive_the_round_trip()
    {
        var report = ReportBuilder.Sample();
        report.Proactive!["administrative_fees", "amount_10k_cny"] = 9116.36m;
        report.Applications!["granted", 3] = null;
        report.ReviewLitigation!.SetGroup("reconsideration", null);
        var back = AnnualReportJsonReader.Read(AnnualReportJsonWriter.Serialize(report)).Report!;
        Assert.Equal(9116.36m, back.Proactive!["administrative_fees", "amount_10k_cny"]);
        Assert.Null(back.Applications!["granted", 3]);
        Assert.Null(back.ReviewLitigation!.Group("reconsideration"));
        Assert.Equal(report.Applications["granted", 4], back.Applications["granted", 4]);
    }

    [Fact]
    public void Chinese_text_is_written_readably_and_html_significant_characters_are_escaped()
    {
        var report = ReportBuilder.Sample();
        report.Agency = "平桥区<script>";
        var json = AnnualReportJsonWriter.Serialize(report);
        Assert.Contains("平桥区", json, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", json, StringComparison.Ordinal);
        Assert.Equal("平桥区<script>", AnnualReportJsonReader.Read(json).Report!.Agency);
    }

    private static JsonNode? Comparable(JsonNode? node)
    {
        // The applications' optional "columns" array is written always; compare rows only.
        if (node is JsonObject o && o.ContainsKey("rows"))
        {
            return o["rows"]!.DeepClone();
        }

        return node?.DeepClone();
    }
}
