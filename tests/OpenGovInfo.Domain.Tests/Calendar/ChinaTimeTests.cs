using Microsoft.Extensions.Time.Testing;
using OpenGovInfo.Domain.Calendar;

namespace OpenGovInfo.Domain.Tests.Calendar;

public class ChinaTimeTests
{
    [Fact]
    public void The_date_in_China_is_eight_hours_ahead_of_UTC()
    {
        // 2024-12-31 16:30 UTC is 2025-01-01 00:30 in Beijing; 15:59 UTC is still 23:59 on 12-31.
        var clock = new FakeTimeProvider(new DateTimeOffset(2024, 12, 31, 16, 30, 0, TimeSpan.Zero));
        Assert.Equal(new DateOnly(2025, 1, 1), ChinaTime.Today(clock));
        Assert.Equal(new DateOnly(2024, 12, 31), ChinaTime.DateOf(new DateTimeOffset(2024, 12, 31, 15, 59, 0, TimeSpan.Zero)));
        Assert.Equal(TimeSpan.FromHours(8), ChinaTime.Zone.GetUtcOffset(new DateTime(2025, 7, 1, 0, 0, 0, DateTimeKind.Utc)));
    }
}
