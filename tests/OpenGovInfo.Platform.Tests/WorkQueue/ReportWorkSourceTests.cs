using OpenGovInfo.Domain.Staff;
using OpenGovInfo.Platform.AnnualReports;
using OpenGovInfo.Platform.Demo;
using OpenGovInfo.Platform.Tests.AnnualReports;
using OpenGovInfo.Platform.WorkQueue;
using OpenGovInfo.Testing.Postgres;
using OpenGovInfo.Testing.Web;

namespace OpenGovInfo.Platform.Tests.WorkQueue;

/// <summary>
/// Annual reports in the staff work queue: a report not yet submitted waits for whoever drafts it, a submitted one for
/// whoever reviews it — the agency's 信息员 and 政务公开办 for a department, 政务公开办 and the government's 审批领导 for
/// the district report (ADR 0019).
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class ReportWorkSourceTests(PostgresServer postgres)
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_report_waits_for_its_drafter_until_submitted_then_for_its_reviewer(string provider)
    {
        await using var host = await CompileAnnualReportTests.SeededAsync(provider, postgres);
        var bureau = await CompileAnnualReportTests.AgencyIdAsync(host, DemoDistrict.Bureau);
        var government = await CompileAnnualReportTests.AgencyIdAsync(host, DemoDistrict.Government);
        var editor = new WorkQueueActor("e", "王丽", bureau, StaffRoles.Editor);
        var approver = new WorkQueueActor("a", "陈建国", bureau, StaffRoles.Approver);
        var office = new WorkQueueActor("s", "孙涛", null, StaffRoles.Supervisor);
        var governmentApprover = new WorkQueueActor("g", "区政府审批领导", government, StaffRoles.Approver);

        // 1 December 2026: the 2026 report enters the queue of the bureau's officer, due 31 January 2027.
        host.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 1, 9, 0, 0, Beijing));
        var mine = Reports(await QueueAsync(host, editor), 2026);
        var entry = Assert.Single(mine, e => e.Link == $"/staff/agencies/{bureau}/reports/2026");
        Assert.Equal(("待编制", new DateOnly(2027, 1, 31), false), (entry.WaitingFor, entry.DueOn, entry.IsOverdue));
        Assert.Empty(Reports(await QueueAsync(host, approver), 2026));

        // 政务公开办 drafts the district report; a department's unsubmitted report is not its work.
        var officeQueue = Reports(await QueueAsync(host, office), 2026);
        Assert.Equal("待编制", Assert.Single(officeQueue, e => e.Link == $"/staff/agencies/{government}/reports/2026").WaitingFor);
        Assert.DoesNotContain(officeQueue, e => e.Link == $"/staff/agencies/{bureau}/reports/2026");

        // Submitted: it leaves the officer's queue and waits for 政务公开办's review.
        await ReportReminderTests.SetStatusAsync(host, bureau, 2026, ReportStatus.Submitted);
        Assert.Empty(Reports(await QueueAsync(host, editor), 2026));
        Assert.Equal("待审核", Assert.Single(Reports(await QueueAsync(host, office), 2026),
            e => e.Link == $"/staff/agencies/{bureau}/reports/2026").WaitingFor);

        // Returned: back with the officer. The district report, once submitted, waits for the government's 审批领导.
        await ReportReminderTests.SetStatusAsync(host, bureau, 2026, ReportStatus.Returned);
        Assert.Equal("已退回待修改", Assert.Single(Reports(await QueueAsync(host, editor), 2026)).WaitingFor);
        await ReportReminderTests.SetStatusAsync(host, government, 2026, ReportStatus.Submitted);
        Assert.Equal("待审核", Assert.Single(Reports(await QueueAsync(host, governmentApprover), 2026)).WaitingFor);
        Assert.DoesNotContain(Reports(await QueueAsync(host, office), 2026), e => e.Link == $"/staff/agencies/{government}/reports/2026");

        // 1 February 2027: the bureau's deadline has passed; the entry says so until the report is published.
        host.Clock.SetUtcNow(new DateTimeOffset(2027, 2, 1, 9, 0, 0, Beijing));
        Assert.True(Assert.Single(Reports(await QueueAsync(host, editor), 2026)).IsOverdue);
        await ReportReminderTests.SetStatusAsync(host, bureau, 2026, ReportStatus.Published);
        Assert.Empty(Reports(await QueueAsync(host, editor), 2026));
    }

    private static List<WorkQueueEntry> Reports(IReadOnlyList<WorkQueueEntry> queue, int year) =>
        [.. queue.Where(e => e.Kind == WorkKind.AnnualReport && e.Link.EndsWith($"/reports/{year}", StringComparison.Ordinal))];

    private static Task<IReadOnlyList<WorkQueueEntry>> QueueAsync(PlatformHost host, WorkQueueActor actor) =>
        host.RunAsync<StaffWorklist, IReadOnlyList<WorkQueueEntry>>(w => w.RunAsync(actor));
}
