using System.Text.Json.Nodes;
using Json.Schema;
using OpenGovInfo.Documents.Json;
using OpenGovInfo.Domain.AnnualReports;
using OpenGovInfo.Testing;
using OpenGovInfo.Testing.Builders;

namespace OpenGovInfo.Documents.Tests.Json;

/// <summary>The JSON Schema in schemas/ describes exactly what the reader accepts and the writer produces.</summary>
public class SchemaTests
{
    private static readonly JsonSchema Schema =
        JsonSchema.FromText(File.ReadAllText(SharedPaths.InRepository("schemas", "annual-report.schema.json")));

    [Theory]
    [MemberData(nameof(TruthData.TruthNames), MemberType = typeof(TruthData))]
    public void Truth_files_and_their_rewritten_form_are_valid(string name)
    {
        var path = Path.Combine(SharedPaths.TruthFolder, name);
        AssertValid(JsonNode.Parse(File.ReadAllText(path)));
        AssertValid(JsonNode.Parse(AnnualReportJsonWriter.Serialize(TruthData.Load(path))));
    }

    [Theory]
    [InlineData(ReportFormat.Format2021)]
    [InlineData(ReportFormat.Trial2019)]
    public void Written_reports_are_valid(ReportFormat format) =>
        AssertValid(JsonNode.Parse(AnnualReportJsonWriter.Serialize(ReportBuilder.Sample(format))));

    [Fact]
    public void The_sample_is_valid() =>
        AssertValid(JsonNode.Parse(File.ReadAllText(SharedPaths.InRepository("samples", "pingqiao-2023.json"))));

    [Fact]
    public void The_schema_lists_the_domain_codes_of_both_formats()
    {
        var schema = JsonNode.Parse(File.ReadAllText(SharedPaths.InRepository("schemas", "annual-report.schema.json")))!;
        foreach (var (branch, format) in new[] { (0, NationalFormats.Format2021), (1, NationalFormats.Trial2019) })
        {
            var then = schema["allOf"]![branch]!["then"]!["properties"]!;
            var rows = then["applications"]!["properties"]!["rows"]!["required"]!.AsArray().Select(n => n!.GetValue<string>());
            Assert.Equal(format.ApplicationRows.Select(r => r.Code), rows);
            var items = then["proactive"]!["required"]!.AsArray().Select(n => n!.GetValue<string>());
            Assert.Equal(format.ProactiveItems.Select(i => i.Code), items);
        }
    }

    [Fact]
    public void A_2019_row_in_a_2021_report_is_invalid_for_the_schema_too()
    {
        var node = JsonNode.Parse(File.ReadAllText(SharedPaths.SeedTruth))!;
        node["applications"]!["rows"]!["other"] = new JsonArray(0, 0, 0, 0, 0, 0, 0);
        Assert.False(Schema.Evaluate(Element(node)).IsValid);
    }

    private static System.Text.Json.JsonElement Element(JsonNode? node) =>
        System.Text.Json.JsonDocument.Parse(node?.ToJsonString() ?? "null").RootElement;

    private static void AssertValid(JsonNode? node)
    {
        var result = Schema.Evaluate(Element(node), new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, string.Join("; ", (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }
}
