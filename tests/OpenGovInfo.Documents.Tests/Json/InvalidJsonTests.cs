using System.Text.Json.Nodes;
using OpenGovInfo.Documents.Json;
using OpenGovInfo.Testing;

namespace OpenGovInfo.Documents.Tests.Json;

/// <summary>Bad input gets an error naming the JSON path — never an exception.</summary>
public class InvalidJsonTests
{
    public static TheoryData<string, string, string> Cases() => new()
    {
        { "applications.rows.granted", "\"3\"", "$.applications.rows.granted" },
        { "applications.rows.granted", "[1,2,3]", "$.applications.rows.granted" },
        { "review_litigation.reconsideration.total", "-1", "$.review_litigation.reconsideration.total" },
        { "review_litigation.reconsideration.total", "1.5", "$.review_litigation.reconsideration.total" },
        { "proactive.administrative_fees.amount_10k_cny", "-0.5", "$.proactive.administrative_fees.amount_10k_cny" },
        { "proactive.regulations.in_force", "2.5", "$.proactive.regulations.in_force" },
        { "format", "\"2020\"", "$.format" },
        { "year", "\"2023年\"", "$.year" },
        { "agency", "12", "$.agency" },
        { "schema", "\"other@1\"", "$.schema" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_wrong_value_is_reported_at_its_path(string where, string value, string expectedPath)
    {
        var json = Mutate(where, JsonNode.Parse(value));
        var result = AnnualReportJsonReader.Read(json);
        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Path == expectedPath);
        Assert.All(result.Errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Message)));
    }

    [Fact]
    public void A_negative_count_in_a_row_names_the_cell()
    {
        var result = AnnualReportJsonReader.Read(Mutate("applications.rows.granted", JsonNode.Parse("[0,0,-1,0,0,0,0]")));
        var error = Assert.Single(result.Errors);
        Assert.Equal("$.applications.rows.granted[2]", error.Path);
        Assert.Contains("非负整数", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_and_missing_codes_are_errors_and_a_2019_row_in_a_2021_report_says_so()
    {
        var root = Seed();
        var rows = root["applications"]!["rows"]!.AsObject();
        rows.Remove("withheld.state_secret");
        rows["other"] = new JsonArray(0, 0, 0, 0, 0, 0, 0);
        rows["invented_row"] = new JsonArray(0, 0, 0, 0, 0, 0, 0);
        root["proactive"]!["regulations"]!["made_up"] = 1;
        var errors = AnnualReportJsonReader.Read(root.ToJsonString()).Errors;
        Assert.Contains(errors, e => e.Path == "$.applications.rows['withheld.state_secret']" && e.Message.Contains("缺少", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Path == "$.applications.rows.other" && e.Message.Contains("2019", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Path == "$.applications.rows.invented_row");
        Assert.Contains(errors, e => e.Path == "$.proactive.regulations.made_up");
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("[]")]
    [InlineData("null")]
    [InlineData("{\"schema\": \"opengovinfo/annual-report@1\"}")]
    [InlineData("{\"a\": [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}")]
    public void Malformed_documents_give_an_error_not_an_exception(string json)
    {
        var result = AnnualReportJsonReader.Read(json);
        Assert.False(result.Succeeded);
        Assert.NotEmpty(result.Errors);
    }

    [Fact]
    public void Unknown_top_level_keys_are_ignored()
    {
        var root = Seed();
        root["notes_on_source"] = new JsonArray("x");
        Assert.True(AnnualReportJsonReader.Read(root.ToJsonString()).Succeeded);
    }

    [Fact]
    public void A_missing_file_is_an_error_value()
    {
        var result = AnnualReportJsonReader.ReadFile("/nonexistent/report.json");
        Assert.Equal("$", Assert.Single(result.Errors).Path);
    }

    private static JsonNode Seed() => JsonNode.Parse(File.ReadAllText(SharedPaths.SeedTruth))!;

    private static string Mutate(string dottedPath, JsonNode? value)
    {
        var root = Seed();
        var parts = dottedPath.Split('.');
        JsonNode node = root;
        foreach (var part in parts[..^1])
        {
            node = node[part]!;
        }

        node[parts[^1]] = value;
        return root.ToJsonString();
    }
}
