using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenGovInfo.Platform.Data;
using OpenGovInfo.Testing.Web;
using OpenGovInfo.Web.Tests.Infrastructure;

namespace OpenGovInfo.Web.Tests.Applications;

/// <summary><c>/api/v1/applications</c>: the contract scripts and provincial platforms use.</summary>
[Collection(WebCollection.Name)]
public sealed class ApplicationApiTests(WebApps apps)
{
    internal const string IdNumber = "110105199003070017";

    internal static object Body(int agencyId, string idNumber = IdNumber, string? description = "2025年本区财政预算执行情况") => new
    {
        agencyId,
        applicant = new { kind = "natural", name = "张三丰", idType = "resident_id", idNumber, phone = "13812345678", email = "zhang@example.cn", address = "平安路1号" },
        description,
        deliveryForm = "email",
    };

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_submission_gives_code_key_and_deadline_and_the_status_carries_no_identity(string provider)
    {
        var client = StaffClient.Anonymous(apps.For(provider));
        var agencies = await DemoIds.AgenciesAsync(client);
        using var created = await client.PostAsJsonAsync("/api/v1/applications", Body(agencies["平桥区财政局"]));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using var receipt = JsonDocument.Parse(await created.Content.ReadAsStringAsync());
        var code = receipt.RootElement.GetProperty("trackingCode").GetString()!;
        var key = receipt.RootElement.GetProperty("accessKey").GetString()!;
        var receivedOn = DateOnly.Parse(receipt.RootElement.GetProperty("receivedOn").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        var due = DateOnly.Parse(receipt.RootElement.GetProperty("replyDue").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(12, key.Length);
        Assert.True(due > receivedOn.AddDays(20), "20 working days span more than 20 calendar days");
        Assert.Equal($"/api/v1/applications/{code}", created.Headers.Location?.OriginalString);

        var status = await client.GetStringAsync($"/api/v1/applications/{code}?key={key}");
        Assert.Contains("\"status\":\"办理中\"", status, StringComparison.Ordinal);
        Assert.Contains("收到申请", status, StringComparison.Ordinal);
        Assert.DoesNotContain("张三丰", status, StringComparison.Ordinal);
        Assert.DoesNotContain(IdNumber, status, StringComparison.Ordinal);
        Assert.DoesNotContain("13812345678", status, StringComparison.Ordinal);

        using var wrong = await client.GetAsync($"/api/v1/applications/{code}?key=AAAAAAAAAAAA");
        using var missing = await client.GetAsync($"/api/v1/applications/{code}");
        using var unknown = await client.GetAsync($"/api/v1/applications/2026-ZZZZZZZZZZ?key={key}");
        Assert.All(new[] { wrong, missing, unknown }, r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
        var bodies = await Task.WhenAll(new[] { wrong, missing, unknown }.Select(r => r.Content.ReadAsStringAsync()));
        Assert.Single(bodies.Select(b => JsonDocument.Parse(b).RootElement.GetProperty("detail").GetString()).Distinct());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Bad_input_gets_Chinese_messages_per_field_and_stores_nothing(string provider)
    {
        var app = apps.For(provider);
        var client = StaffClient.Anonymous(app);
        var agencies = await DemoIds.AgenciesAsync(client);
        var before = await CountAsync(app);
        using var bad = await client.PostAsJsonAsync("/api/v1/applications", Body(agencies["平桥区财政局"], "110105199003070018", description: null));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        using var problem = JsonDocument.Parse(await bad.Content.ReadAsStringAsync());
        var errors = problem.RootElement.GetProperty("errors");
        Assert.Contains("校验位", errors.GetProperty("applicant.idNumber")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("请填写", errors.GetProperty("description")[0].GetString(), StringComparison.Ordinal);

        using var noAgency = await client.PostAsJsonAsync("/api/v1/applications", Body(987_654));
        Assert.Equal(HttpStatusCode.BadRequest, noAgency.StatusCode);
        using var notJson = await client.PostAsync("/api/v1/applications", new StringContent("{\"agencyId\": \"x\"", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
        Assert.Equal(before, await CountAsync(app));
    }

    [Fact]
    public async Task Submissions_beyond_the_hourly_limit_get_429()
    {
        await using var app = new OgiWebFactory<Program>(TestDatabase.Sqlite(), settings: new Dictionary<string, string> { ["Applications:SubmissionsPerHour"] = "2" });
        var client = StaffClient.Anonymous(app);
        var agencies = await DemoIds.AgenciesAsync(client);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await client.PostAsJsonAsync("/api/v1/applications", Body(agencies["平桥区财政局"], description: $"第{i}号文件"));
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.TooManyRequests], statuses);
    }

    internal static async Task<int> CountAsync(OgiWebFactory<Program> app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OpenGovInfoDbContext>().Applications.CountAsync();
    }
}
