using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Domain.Staff;
using OpenGovInfo.Platform.Applications;
using OpenGovInfo.Platform.Data;
using OpenGovInfo.Platform.Jobs;
using OpenGovInfo.Platform.Notifications;
using OpenGovInfo.Testing.Postgres;
using OpenGovInfo.Testing.Web;
using static OpenGovInfo.Platform.Tests.Applications.ApplicationFixture;
using static OpenGovInfo.Platform.Tests.Notifications.NotificationFixture;

namespace OpenGovInfo.Platform.Tests.Jobs;

/// <summary>
/// Two hosts (two "web nodes") on one database: a job lease has one holder until it lapses, and the reminder job run
/// by both at once stores each reminder exactly once (#12 scale-out: no double-sent reminders).
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class JobLeaseTests(PostgresServer postgres)
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(10);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_lease_has_one_holder_until_it_lapses(string provider)
    {
        await using var first = await PlatformHost.StartAsync(provider, postgres);
        await using var second = await PlatformHost.AlongsideAsync(first);
        Assert.True(await AcquireAsync(first, "job-a"));
        Assert.False(await AcquireAsync(second, "job-a"));
        Assert.True(await AcquireAsync(second, "job-b"));
        Assert.True(await AcquireAsync(first, "job-a"), "the holder renews its own lease");

        second.Clock.Advance(Lease + TimeSpan.FromSeconds(1));
        Assert.True(await AcquireAsync(second, "job-a"), "a lapsed lease is taken over");
        Assert.False(await AcquireAsync(first, "job-a"));
        var holder = await first.RunAsync<OpenGovInfoDbContext, string>(db => db.Set<JobLease>().Where(l => l.Name == "job-a").Select(l => l.Owner).SingleAsync());
        Assert.Equal(second.Services.GetService(typeof(JobNode)) is JobNode node ? node.Owner : null, holder);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Two_nodes_running_the_reminder_job_at_once_send_each_reminder_once(string provider)
    {
        var (first, agencyId) = await StartAsync(provider, postgres);
        await using var _ = first;
        await using var second = await PlatformHost.AlongsideAsync(first);
        string[] officers = [await StaffAsync(first, "a.officer1", agencyId, StaffRoleNames.Editor), await StaffAsync(first, "a.officer2", agencyId, StaffRoleNames.Editor)];
        await StaffAsync(first, "a.approver", agencyId, StaffRoleNames.Approver);
        var cases = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            cases.Add((await SubmitAsync(first, agencyId, Natural($"第{i}项申请的政府信息"))).Id);
        }

        // Weeks later every reply deadline (条例 第三十三条: 20 working days) has passed.
        SetToday(first, 2026, 5, 29);
        SetToday(second, 2026, 5, 29);
        for (var round = 0; round < 3; round++)
        {
            var runs = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => RunAsync(i % 2 == 0 ? first : second)));
            Assert.Equal(round == 0 ? cases.Count * officers.Length : 0, runs.Sum(r => r ?? 0));
            Assert.Contains(runs, r => r is null);
            first.Clock.Advance(Lease + TimeSpan.FromMinutes(1));
            second.Clock.Advance(Lease + TimeSpan.FromMinutes(1));
        }

        var stored = await AllAsync(first);
        Assert.Equal(cases.Count * officers.Length, stored.Count);
        Assert.All(stored, n => Assert.Equal(NotificationKind.CaseDeadlineNear, n.Kind));
        var expected = (from c in cases from o in officers select (Recipient: o, Case: c))
            .OrderBy(p => p.Case).ThenBy(p => p.Recipient, StringComparer.Ordinal).ToList();
        var actual = stored.Select(n => (Recipient: n.RecipientId, Case: int.Parse(n.Link.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture)))
            .OrderBy(p => p.Case).ThenBy(p => p.Recipient, StringComparer.Ordinal).ToList();
        Assert.Equal(expected, actual);
        Assert.All(stored, n => Assert.Contains("已超过答复期限", n.Text, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_unique_index_keeps_a_notification_single_when_two_nodes_race_past_the_lease(string provider)
    {
        await using var first = await PlatformHost.StartAsync(provider, postgres);
        await using var second = await PlatformHost.AlongsideAsync(first);
        var stored = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => (i % 2 == 0 ? first : second).RunAsync<Notifier, int>(n =>
            n.NotifyAsync(["staff-1", "staff-2"], "case:1:due:2026-05-01", NotificationKind.CaseDeadlineNear, "提醒", "/staff", CancellationToken.None))));
        Assert.Equal(2, stored.Sum());
        Assert.Equal(["staff-1", "staff-2"], (await AllAsync(first)).Select(n => n.RecipientId).Order(StringComparer.Ordinal));
    }

    private static Task<bool> AcquireAsync(PlatformHost host, string job) =>
        host.RunAsync<JobLeases, bool>(l => l.TryAcquireAsync(job, ((JobNode)host.Services.GetService(typeof(JobNode))!).Owner, Lease));

    private static Task<int?> RunAsync(PlatformHost host) =>
        host.RunAsync<SendDeadlineReminders, int?>(s => s.RunAsync(Lease));
}
