using System.Net;
using System.Net.Http.Headers;
using OpenGovInfo.Testing;
using OpenGovInfo.Testing.Builders;
using OpenGovInfo.Testing.Web;
using OpenGovInfo.Web.Tests.Infrastructure;

namespace OpenGovInfo.Web.Tests.Staff;

/// <summary>The notice import page over HTTP: upload preview, anti-forgery, and the role rule on the form post.</summary>
[Collection(WebCollection.Name)]
public sealed class CalendarImportHttpTests(WebApps apps)
{
    private static string Notice2027 => "国务院办公厅关于2027年部分节假日安排的通知\n国办发明电〔2026〕8号\n一、元旦：1月1日（周五）至3日（周日）放假，共3天。\n国务院办公厅\n2026年11月20日";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_uploaded_word_notice_is_previewed_and_nothing_is_stored(string provider)
    {
        var app = apps.For(provider);
        var client = await StaffClient.SignInAsync(app, "sysadmin");
        var page = await client.GetStringAsync("/staff/calendar/import");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(StaffClient.TokenOf(page)), "__RequestVerificationToken" },
            { new StringContent("2027"), "Year" },
            { new StringContent(string.Empty), "Text" },
        };
        var file = new ByteArrayContent(WordDocuments.Paragraphs(Notice2027));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        form.Add(file, "Upload", "2027年节假日安排.docx");
        using var response = await client.PostAsync("/staff/calendar/import?handler=Preview", form);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("id=\"notice-preview\"", html, StringComparison.Ordinal);
        Assert.Contains("data-date=\"2027-01-01\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"confirm-import\"", html, StringComparison.Ordinal);

        // A preview stores nothing: 2027 is still provisional.
        var year = await StaffClient.Anonymous(app).GetStringAsync("/api/v1/calendar/2027");
        Assert.Contains("\"status\":\"provisional\"", year, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_post_without_the_anti_forgery_token_is_refused()
    {
        var client = await StaffClient.SignInAsync(apps.For("Sqlite"), "sysadmin");
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Text"] = Notice2027, ["Year"] = "2027" });
        using var response = await client.PostAsync("/staff/calendar/import?handler=Confirm", content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Staff_who_are_not_system_administrators_cannot_import()
    {
        var client = await StaffClient.SignInAsync(apps.For("Sqlite"), "kgx.editor");
        using var get = await client.GetAsync("/staff/calendar/import");
        Assert.NotEqual(HttpStatusCode.OK, get.StatusCode);
        var bureau = (await DemoIds.AgenciesAsync(client))[Platform.Demo.DemoDistrict.Bureau];
        var token = StaffClient.TokenOf(await client.GetStringAsync($"/staff/agencies/{bureau}/items/new"));
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Text"] = Notice2027, ["Year"] = "2027", ["__RequestVerificationToken"] = token });
        using var post = await client.PostAsync("/staff/calendar/import?handler=Confirm", content);
        Assert.NotEqual(HttpStatusCode.OK, post.StatusCode);
        var year = await StaffClient.Anonymous(apps.For("Sqlite")).GetStringAsync("/api/v1/calendar/2027");
        Assert.Contains("\"status\":\"provisional\"", year, StringComparison.Ordinal);
    }
}
