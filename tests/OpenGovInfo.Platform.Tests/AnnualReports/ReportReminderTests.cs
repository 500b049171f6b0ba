using OpenGovInfo.Platform.AnnualReports;
using OpenGovInfo.Platform.Data;
using OpenGovInfo.Platform.Demo;
using OpenGovInfo.Testing.Postgres;
using OpenGovInfo.Testing.Web;

namespace OpenGovInfo.Platform.Tests.AnnualReports;

/// <summary>
/// Reminders before 31 January (departments, townships) and 31 March (the government's own report), late reports
/// flagged until published; judged on the Beijing date of a fixed clock.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class ReportReminderTests(PostgresServer postgres)
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Reminders_open_in_December_turn_urgent_in_the_last_week_and_stay_late_until_published(string provider)
    {
        await using var host = await CompileAnnualReportTests.SeededAsync(provider, postgres);
        var bureau = await CompileAnnualReportTests.AgencyIdAsync(host, DemoDistrict.Bureau);
        var government = await CompileAnnualReportTests.AgencyIdAsync(host, DemoDistrict.Government);

        // 30 November 2026: the 2026 window is not open yet; 2025's reports are late (nobody published them).
        host.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 30, 12, 0, 0, Beijing));
        var november = await ForAgencyAsync(host, bureau);
        var lastYear = Assert.Single(november);
        Assert.Equal((2025, ReminderUrgency.Late, new DateOnly(2026, 1, 31)), (lastYear.Year, lastYear.Urgency, lastYear.Due));
        Assert.Equal(-303, lastYear.DaysLeft);
        Assert.Contains("已逾期 303 天", lastYear.Text, StringComparison.Ordinal);

        // 1 December 2026: the 2026 report joins, 61 days before 31 January; the government's has until 31 March.
        host.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 1, 9, 0, 0, Beijing));
        var december = await ForAgencyAsync(host, bureau);
        Assert.Equal(61, december.Single(r => r.Year == 2026).DaysLeft);
        Assert.Equal(ReminderUrgency.Due, december.Single(r => r.Year == 2026).Urgency);
        var office = await host.RunAsync<ReportReminders, IReadOnlyList<ReportReminder>>(r => r.ForSupervisorAsync());
        Assert.Equal(7, office.Count(r => r.Year == 2026));
        Assert.Equal((new DateOnly(2027, 3, 31), 120), office.Where(r => r.AgencyId == government && r.Year == 2026).Select(r => (r.Due, r.DaysLeft)).Single());

        // 25 January 2027: six days left is urgent for the bureau; the government is still inside its window.
        host.Clock.SetUtcNow(new DateTimeOffset(2027, 1, 25, 9, 0, 0, Beijing));
        var urgent = Assert.Single(await ForAgencyAsync(host, bureau));
        Assert.Equal((2026, 6, ReminderUrgency.Urgent), (urgent.Year, urgent.DaysLeft, urgent.Urgency));
        Assert.Equal(ReminderUrgency.Due, Assert.Single(await ForAgencyAsync(host, government)).Urgency);

        // 00:30 on 1 February in Beijing is still 31 January in UTC: the deadline passed all the same.
        host.Clock.SetUtcNow(new DateTimeOffset(2027, 2, 1, 0, 30, 0, Beijing));
        var late = Assert.Single(await ForAgencyAsync(host, bureau));
        Assert.Equal((ReminderUrgency.Late, -1, (ReportStatus?)null), (late.Urgency, late.DaysLeft, late.Status));
        Assert.Equal("未编制", late.StatusName);

        // Submitted is not published: still late. Published: no reminder at all.
        await SetStatusAsync(host, bureau, 2026, ReportStatus.Submitted);
        Assert.Equal(ReportStatus.Submitted, Assert.Single(await ForAgencyAsync(host, bureau)).Status);
        await SetStatusAsync(host, bureau, 2026, ReportStatus.Published);
        Assert.Empty(await ForAgencyAsync(host, bureau));
        office = await host.RunAsync<ReportReminders, IReadOnlyList<ReportReminder>>(r => r.ForSupervisorAsync());
        Assert.DoesNotContain(office, r => r.AgencyId == bureau);
        Assert.Equal(6, office.Count);
        Assert.True(office.SkipWhile(r => r.Urgency == ReminderUrgency.Late).All(r => r.Urgency != ReminderUrgency.Late), "late reminders come first");
    }

    private static Task<IReadOnlyList<ReportReminder>> ForAgencyAsync(PlatformHost host, int agencyId) =>
        host.RunAsync<ReportReminders, IReadOnlyList<ReportReminder>>(r => r.ForAgencyAsync(agencyId));

    /// <summary>Sets a report's status directly (creating the row), as the report workflow would have left it.</summary>
    internal static Task SetStatusAsync(PlatformHost host, int agencyId, int year, ReportStatus status) =>
        host.RunAsync<OpenGovInfoDbContext>(async db =>
        {
            var row = db.Set<AnnualReportRow>().FirstOrDefault(r => r.AgencyId == agencyId && r.Year == year);
            if (row is null)
            {
                row = new AnnualReportRow { AgencyId = agencyId, Year = year, CreatedAt = host.Clock.GetUtcNow(), UpdatedAt = host.Clock.GetUtcNow() };
                db.Add(row);
            }

            row.Status = status;
            await db.SaveChangesAsync();
        });
}
