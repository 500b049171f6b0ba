using System.Net;
using System.Text;
using OpenGovInfo.Platform.Demo;
using OpenGovInfo.Web.Tests.Infrastructure;

namespace OpenGovInfo.Web.Tests.Publishing;

/// <summary>The register import page shows a row-by-row report and imports nothing when a row is invalid.</summary>
[Collection(WebCollection.Name)]
public sealed class RegisterHttpTests(WebApps apps)
{
    [Fact]
    public async Task An_invalid_fee_row_is_reported_with_its_row_number_and_nothing_is_imported()
    {
        var app = apps.For("Sqlite");
        var agencyId = (await DemoIds.AgenciesAsync(StaffClient.Anonymous(app)))[DemoDistrict.Bureau];
        var editor = await StaffClient.SignInAsync(app, "kgx.editor");
        var path = $"/staff/agencies/{agencyId}/registers";
        var before = await editor.GetStringAsync(path);
        Assert.Contains("无线电频率占用费", before, StringComparison.Ordinal);

        var token = StaffClient.TokenOf(before);
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__RequestVerificationToken");
        form.Add(new StringContent("Fees"), "Kind");
        form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes("收费项目,收费金额（元）,收费日期\n档案查询费,12.50,2026-03-01\n复印费,abc,2026-03-02\n")), "Upload", "fees.csv");
        using var response = await editor.PostAsync(path, form);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("未导入任何行", html, StringComparison.Ordinal);
        Assert.Contains("<td>3</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("档案查询费", html, StringComparison.Ordinal);
    }
}
