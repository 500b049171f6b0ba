using OpenGovInfo.Domain.Applications.Applicants;
using OpenGovInfo.Domain.Staff;
using OpenGovInfo.Platform.Applications;
using OpenGovInfo.Platform.Common;
using OpenGovInfo.Platform.Staff;
using OpenGovInfo.Testing.Postgres;

namespace OpenGovInfo.Platform.Tests.Applications;

/// <summary>Actors, forms and steps shared by the application tests.</summary>
internal static class ApplicationFixture
{
    public static CaseActor Officer(int agencyId) => new("officer-1", "王丽", agencyId, new HashSet<string> { StaffRoleNames.Editor });

    public static CaseActor Approver(int agencyId) => new("approver-1", "陈刚", agencyId, new HashSet<string> { StaffRoleNames.Approver });

    public static CaseActor Supervisor { get; } = new("supervisor-1", "周敏", null, new HashSet<string> { StaffRoleNames.Supervisor });

    // A valid resident ID number (check digit by GB 11643) for 1990-03-07.
    public const string IdNumber = "110105199003070017";

    public static ApplicationForm Natural(string description = "2025年本区老旧小区改造项目的资金安排文件") => new()
    {
        Kind = "natural",
        Name = "张三丰",
        IdType = "resident_id",
        IdNumber = IdNumber,
        Phone = "13812345678",
        Email = "zhang@example.cn",
        Address = "平桥区平安路1号",
        Description = description,
        DeliveryForm = "online",
    };

    /// <summary>The natural-person form of applicant number <paramref name="serial"/> (a valid ID number of its own).</summary>
    public static ApplicationForm NaturalNumber(int serial, string description) => Natural(description) with { IdNumber = IdNumberOf(serial) };

    /// <summary>A valid resident ID number (GB 11643 check character) for <paramref name="serial"/> (0–999).</summary>
    public static string IdNumberOf(int serial)
    {
        var first17 = $"4115031988{1 + (serial % 12):D2}{1 + (serial % 28):D2}{serial % 1000:D3}";
        return first17 + Domain.Applications.Applicants.ResidentIdNumber.CheckCharacter(first17);
    }

    public static ApplicationForm Organisation() => new()
    {
        Kind = "organisation",
        Name = "平桥明德律师事务所",
        OrganisationType = "法律服务机构",
        CreditCode = "91110108MA01A1B2C7",
        LegalRepresentative = "李明",
        ContactName = "赵律师",
        Phone = "0376-6231234",
        Description = "某地块征收补偿方案",
        DeliveryForm = "paper",
        Address = "平桥区胜利路8号",
    };

    public static async Task<(PlatformHost Host, int AgencyId)> StartAsync(string provider, PostgresServer postgres) =>
        await Publishing.PublishingFixture.StartAsync(provider, postgres);

    public static void SetToday(PlatformHost host, int year, int month, int day) =>
        host.Clock.SetUtcNow(new DateTimeOffset(year, month, day, 10, 0, 0, TimeSpan.FromHours(8)));

    public static async Task<SubmittedApplication> SubmitAsync(PlatformHost host, int agencyId, ApplicationForm form, string? token = null)
    {
        var result = await host.RunAsync<SubmitApplication, Result<SubmittedApplication>>(u => u.RunAsync(agencyId, form, Arrival.Online, [], token, CaseActor.Applicant));
        Assert.True(result.IsSuccess, string.Join(" ", result.Errors.Select(e => e.Message)));
        return result.Value;
    }

    public static async Task<Domain.Applications.ApplicationCase> StepAsync(PlatformHost host, int agencyId, int id, CaseStep step, CaseActor? actor = null)
    {
        var result = await host.RunAsync<RecordCaseStep, Result<Domain.Applications.ApplicationCase>>(u => u.RunAsync(agencyId, id, step, actor ?? Officer(agencyId)));
        Assert.True(result.IsSuccess, string.Join(" ", result.Errors.Select(e => e.Message)));
        return result.Value;
    }
}
