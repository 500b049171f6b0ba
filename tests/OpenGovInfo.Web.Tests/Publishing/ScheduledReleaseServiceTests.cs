using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using OpenGovInfo.Domain.Publishing;
using OpenGovInfo.Domain.Staff;
using OpenGovInfo.Platform.Common;
using OpenGovInfo.Platform.Demo;
using OpenGovInfo.Platform.Publishing;
using OpenGovInfo.Testing.Web;
using OpenGovInfo.Web.Publishing;
using OpenGovInfo.Web.Tests.Infrastructure;

namespace OpenGovInfo.Web.Tests.Publishing;

/// <summary>The 定时发布 background job: releases due items onto the portal, and survives failing runs.</summary>
[Collection(WebCollection.Name)]
public sealed class ScheduledReleaseServiceTests(WebApps apps)
{
    private static readonly PublishingActor Editor = new("job-editor", "王丽", StaffRoles.Editor);
    private static readonly PublishingActor Reviewer = new("job-secrecy", "李强", StaffRoles.ConfidentialityReviewer);
    private static readonly PublishingActor Approver = new("job-approver", "陈刚", StaffRoles.Approver);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_due_item_is_released_by_the_job_and_appears_on_the_portal(string provider)
    {
        var app = apps.For(provider);
        var anonymous = StaffClient.Anonymous(app);
        var agencyId = (await DemoIds.AgenciesAsync(anonymous))[DemoDistrict.Bureau];
        var title = $"定时发布的政务公开通知{provider}";
        var at = TimeProvider.System.GetUtcNow().AddHours(1);
        var id = await ScheduleAsync(app, agencyId, title, at);
        using (var before = await anonymous.GetAsync($"/items/{id}"))
        {
            Assert.Equal(HttpStatusCode.NotFound, before.StatusCode);
        }

        // The job's use case reads a fake clock: a minute before the release time nothing is due, a minute after it is.
        var clock = new FakeTimeProvider(at.AddMinutes(-1));
        var logger = new ListLogger<ScheduledReleaseService>(clock);
        var service = new ScheduledReleaseService(new ClockedScopes(app.Services.GetRequiredService<IServiceScopeFactory>(), clock),
            new ScheduledReleaseOptions(TimeSpan.FromMinutes(1)), clock, logger);
        Assert.DoesNotContain(id, (await service.RunOnceAsync(CancellationToken.None))!.Released);
        clock.Advance(TimeSpan.FromMinutes(2));
        var report = await service.RunOnceAsync(CancellationToken.None);

        Assert.NotNull(report);
        Assert.Contains(id, report.Released);
        Assert.Contains(logger.Entries, e => e.Level == LogLevel.Information && e.Message.Contains("已发布", StringComparison.Ordinal));
        var page = await anonymous.GetStringAsync($"/items/{id}");
        Assert.Contains(title, page, StringComparison.Ordinal);
        await using var scope = app.Services.CreateAsyncScope();
        var item = await scope.ServiceProvider.GetRequiredService<OpenGovInfo.Platform.Data.OpenGovInfoDbContext>().Items.FindAsync(id);
        Assert.Contains(item!.IndexNumber!, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failing_run_is_logged_as_an_error_and_the_next_tick_runs_again_without_stopping_the_host()
    {
        // No database at all: every run throws inside the use case's scope.
        await using var broken = new ServiceCollection().BuildServiceProvider();
        var start = new DateTimeOffset(2026, 3, 31, 1, 0, 0, TimeSpan.Zero);
        var clock = new FakeTimeProvider(start);
        var logger = new ListLogger<ScheduledReleaseService>(clock);
        using var service = new ScheduledReleaseService(broken.GetRequiredService<IServiceScopeFactory>(),
            new ScheduledReleaseOptions(TimeSpan.FromMinutes(5)), clock, logger);

        await service.StartAsync(CancellationToken.None);
        await logger.WaitForErrorsAsync(1);
        clock.Advance(TimeSpan.FromMinutes(4));
        clock.Advance(TimeSpan.FromMinutes(1));
        await logger.WaitForErrorsAsync(2);
        await service.StopAsync(CancellationToken.None);

        // Each error carries the fake time it was logged at: the second run came with the 5-minute tick, not before.
        Assert.Equal([start, start.AddMinutes(5)], logger.Entries.Where(e => e.Level == LogLevel.Error).Select(e => e.At));
        Assert.NotNull(service.ExecuteTask);
        Assert.True(service.ExecuteTask.IsCompletedSuccessfully);
        Assert.All(logger.Entries.Where(e => e.Level == LogLevel.Error), e => Assert.NotNull(e.Exception));
    }

    [Fact]
    public void The_interval_comes_from_configuration_and_a_bad_value_fails_at_start_up()
    {
        static ScheduledReleaseOptions Read(string? value) => ScheduledReleaseOptions.From(
            new ConfigurationBuilder().AddInMemoryCollection(
                new Dictionary<string, string?> { [ScheduledReleaseOptions.Key] = value }).Build());

        Assert.Equal(TimeSpan.FromMinutes(1), Read(null).Interval);
        Assert.Equal(TimeSpan.FromSeconds(30), Read("00:00:30").Interval);
        Assert.Throws<InvalidOperationException>(() => Read("-00:01:00"));
        Assert.Throws<InvalidOperationException>(() => Read("每分钟"));
    }

    [Fact]
    public void The_job_is_registered_in_the_web_host() =>
        Assert.Single(apps.For("Sqlite").Services.GetServices<IHostedService>().OfType<ScheduledReleaseService>());

    private static async Task<int> ScheduleAsync(OgiWebFactory<Program> app, int agencyId, string title, DateTimeOffset at)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var input = new ItemInput(title, "<p>定时发布的正文。</p>", "work_updates", null, null, new DateOnly(2026, 1, 5),
            ItemValidity.Valid, PublicationChannel.Portal);
        var id = (await scope.ServiceProvider.GetRequiredService<CreateDraft>().RunAsync(agencyId, Editor, input)).Value;
        var apply = scope.ServiceProvider.GetRequiredService<ApplyReviewAction>();
        foreach (var (actor, action, release) in new[]
        {
            (Editor, ReviewAction.Submit, (DateTimeOffset?)null), (Reviewer, ReviewAction.PassConfidentialityReview, null),
            (Approver, ReviewAction.Approve, at),
        })
        {
            var result = await apply.RunAsync(new ReviewActionRequest(agencyId, id, action, ScheduledFor: release), actor);
            Assert.True(result.IsSuccess, string.Join(" ", result.Errors.Select(e => e.Message)));
        }

        return id;
    }

    /// <summary>Records entries with the (fake) time they were logged at and signals each error as it arrives.</summary>
    private sealed class ListLogger<T>(TimeProvider clock) : ILogger<T>
    {
        private readonly SemaphoreSlim _errors = new(0);
        private int _awaited;

        public ConcurrentQueue<(LogLevel Level, string Message, Exception? Exception, DateTimeOffset At)> Entries { get; } = new();

        public int Errors => Entries.Count(e => e.Level == LogLevel.Error);

        /// <summary>Returns once <paramref name="count"/> errors in all have been logged (fails after 30 s).</summary>
        public async Task WaitForErrorsAsync(int count)
        {
            for (; _awaited < count; _awaited++)
            {
                Assert.True(await _errors.WaitAsync(TimeSpan.FromSeconds(30)), $"error {_awaited + 1} was never logged");
            }
        }

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            Entries.Enqueue((logLevel, formatter(state, exception), exception, clock.GetUtcNow()));
            if (logLevel == LogLevel.Error)
            {
                _errors.Release();
            }
        }
    }

    /// <summary>The app's scopes, except that <see cref="ReleaseDueItems"/> (and the workflow it applies) read <paramref name="clock"/>.</summary>
    private sealed class ClockedScopes(IServiceScopeFactory inner, TimeProvider clock) : IServiceScopeFactory
    {
        public IServiceScope CreateScope() => new Scope(inner.CreateScope(), clock);

        private sealed class Scope(IServiceScope inner, TimeProvider clock) : IServiceScope, IServiceProvider, IAsyncDisposable
        {
            public IServiceProvider ServiceProvider => this;

            public object? GetService(Type serviceType)
            {
                var services = inner.ServiceProvider;
                if (serviceType != typeof(ReleaseDueItems))
                {
                    return services.GetService(serviceType);
                }

                var db = services.GetRequiredService<OpenGovInfo.Platform.Data.OpenGovInfoDbContext>();
                var signal = services.GetRequiredService<OpenGovInfo.Platform.Portal.PublicContentSignal>();
                return new ReleaseDueItems(db, clock, new ApplyReviewAction(db, clock, signal, services.GetRequiredService<OpenGovInfo.Platform.Notifications.Notifier>()), signal, services.GetRequiredService<OpenGovInfo.Platform.Audit.AuditBulkWrites>());
            }

            public void Dispose() => inner.Dispose();

            public ValueTask DisposeAsync() => inner is IAsyncDisposable async ? async.DisposeAsync() : ValueTask.CompletedTask;
        }
    }
}
