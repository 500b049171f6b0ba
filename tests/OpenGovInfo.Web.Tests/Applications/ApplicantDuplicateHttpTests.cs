using System.Net;
using OpenGovInfo.Domain.Applications.Applicants;
using OpenGovInfo.Platform.Demo;
using OpenGovInfo.Testing.Web;
using OpenGovInfo.Web.Tests.Infrastructure;

namespace OpenGovInfo.Web.Tests.Applications;

/// <summary>The case page counts the applicant's other cases by the keyed hash of the ID number, however it was typed.</summary>
[Collection(WebCollection.Name)]
public sealed class ApplicantDuplicateHttpTests(WebApps apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_second_case_of_an_applicant_shows_the_other_one(string provider)
    {
        var app = apps.For(provider);
        var officer = await StaffClient.SignInAsync(app, "kgx.editor");
        var bureau = (await DemoIds.AgenciesAsync(officer))[DemoDistrict.Bureau];
        // A valid number of its own (GB 11643 check character), so that no other test's applicant is counted.
        var first17 = "4115031985" + (provider == "Sqlite" ? "0611" : "0612") + "357";
        var number = first17 + ResidentIdNumber.CheckCharacter(first17);

        var first = await RegisterAsync(officer, bureau, number, "本区2025年道路养护资金使用情况");
        Assert.DoesNotContain("id=\"other-applications\"", await officer.GetStringAsync(first), StringComparison.Ordinal);

        // Typed again with spaces: the same person.
        var spaced = $"{number[..6]} {number[6..14]} {number[14..]}";
        var second = await RegisterAsync(officer, bureau, spaced, "本区2025年路灯维护合同");
        Assert.Contains("该申请人在本机关另有 1 件申请", await officer.GetStringAsync(second), StringComparison.Ordinal);
    }

    private static async Task<string> RegisterAsync(HttpClient officer, int bureau, string idNumber, string description)
    {
        var fields = new Dictionary<string, string>
        {
            ["Channel"] = "PostSigned", ["ArrivedOn"] = "2026-03-02", ["ConfirmedOn"] = "2026-03-04",
            ["Input.Kind"] = "natural", ["Input.Name"] = "钱多多", ["Input.IdType"] = "resident_id", ["Input.IdNumber"] = idNumber,
            ["Input.Phone"] = "13900001111", ["Input.Description"] = description, ["Input.DeliveryForm"] = "paper", ["Input.Address"] = "平安路2号",
        };
        using var created = await StaffClient.PostFormAsync(officer, $"/staff/agencies/{bureau}/applications/new", fields);
        Assert.True(created.StatusCode == HttpStatusCode.Redirect, await created.Content.ReadAsStringAsync());
        return created.Headers.Location!.OriginalString;
    }
}
