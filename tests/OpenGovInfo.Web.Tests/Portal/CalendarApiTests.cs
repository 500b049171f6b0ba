using System.Net;
using System.Text.Json;
using OpenGovInfo.Testing.Web;
using OpenGovInfo.Web.Tests.Infrastructure;

namespace OpenGovInfo.Web.Tests.Portal;

/// <summary><c>/api/v1/calendar</c>: the years (official with their notices, provisional after) and due dates.</summary>
[Collection(WebCollection.Name)]
public sealed class CalendarApiTests(WebApps apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_official_year_carries_its_notice_and_rows(string provider)
    {
        var client = StaffClient.Anonymous(apps.For(provider));
        using var year = JsonDocument.Parse(await client.GetStringAsync("/api/v1/calendar/2020"));
        var root = year.RootElement;
        Assert.Equal("official", root.GetProperty("status").GetString());
        Assert.Equal("国办发明电〔2019〕16号", root.GetProperty("notice").GetProperty("documentNumber").GetString());
        Assert.Equal("2019-11-21", root.GetProperty("notice").GetProperty("issuedOn").GetString());
        Assert.Equal("国办发明电〔2020〕1号", root.GetProperty("amendments")[0].GetProperty("documentNumber").GetString());
        var days = root.GetProperty("days").EnumerateArray().Select(d => $"{d.GetProperty("date").GetString()},{d.GetProperty("kind").GetString()},{d.GetProperty("name").GetString()}").ToList();
        Assert.Equal(25, days.Count); // cn-workday-calendar.md: 2020 has 19 weekday holidays and 6 weekend workdays
        Assert.Contains("2020-01-31,holiday,春节", days);
        Assert.DoesNotContain(days, d => d.StartsWith("2020-02-01", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_year_without_a_notice_is_provisional_and_a_count_into_it_says_so(string provider)
    {
        var client = StaffClient.Anonymous(apps.For(provider));
        using var year = JsonDocument.Parse(await client.GetStringAsync("/api/v1/calendar/2027"));
        Assert.Equal("provisional", year.RootElement.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, year.RootElement.GetProperty("notice").ValueKind);
        Assert.Contains(year.RootElement.GetProperty("days").EnumerateArray(), d => d.GetProperty("date").GetString() == "2027-02-08");

        using var due = JsonDocument.Parse(await client.GetStringAsync("/api/v1/calendar/due?from=2026-12-20&workingDays=20"));
        Assert.Equal("2027-01-18", due.RootElement.GetProperty("due").GetString());
        Assert.True(due.RootElement.GetProperty("provisional").GetBoolean());
        Assert.Contains("以国务院办公厅通知为准", due.RootElement.GetProperty("note").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_due_date_names_the_holidays_skipped_and_the_workdays_counted()
    {
        var client = StaffClient.Anonymous(apps.For("Sqlite"));
        using var due = JsonDocument.Parse(await client.GetStringAsync("/api/v1/calendar/due?from=2025-01-20&workingDays=7"));
        var root = due.RootElement;
        Assert.Equal("2025-02-05", root.GetProperty("due").GetString());
        Assert.False(root.GetProperty("provisional").GetBoolean());
        Assert.Equal(6, root.GetProperty("holidaysSkipped").GetArrayLength());
        Assert.Equal("2025-01-26", root.GetProperty("makeUpWorkdaysCounted")[0].GetProperty("date").GetString());
        Assert.Equal("春节", root.GetProperty("makeUpWorkdaysCounted")[0].GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("/api/v1/calendar/due?from=2026-02-30&workingDays=20", HttpStatusCode.BadRequest, "from")]
    [InlineData("/api/v1/calendar/due?from=2026-12-01", HttpStatusCode.BadRequest, "workingDays")]
    [InlineData("/api/v1/calendar/due?from=2026-12-01&workingDays=-1", HttpStatusCode.BadRequest, "workingDays")]
    [InlineData("/api/v1/calendar/due?from=2099-12-20&workingDays=20", HttpStatusCode.BadRequest, "from")]
    [InlineData("/api/v1/calendar/2100", HttpStatusCode.NotFound, null)]
    public async Task Bad_requests_get_a_problem_in_chinese(string path, HttpStatusCode status, string? field)
    {
        var client = StaffClient.Anonymous(apps.For("Sqlite"));
        using var response = await client.GetAsync(path);
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        if (field is not null)
        {
            Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(field, out _));
        }

        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", problem.RootElement.GetProperty("detail").GetString());
    }
}
