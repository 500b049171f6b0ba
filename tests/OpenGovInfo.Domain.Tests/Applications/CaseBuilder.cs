using OpenGovInfo.Domain.Applications;
using OpenGovInfo.Domain.Applications.Events;
using OpenGovInfo.Domain.Calendar;

namespace OpenGovInfo.Domain.Tests.Applications;

/// <summary>Short helpers for application-case tests on the shipped national calendar.</summary>
internal static class CaseBuilder
{
    public static readonly WorkingDayCalendar China = WorkingDayCalendar.China;
    public static readonly StatutoryClock Clock = new(China);

    public static DateOnly D(int y, int m, int d) => new(y, m, d);

    public static ApplicationReceived Received(DateOnly on) => new(on, ReceiptChannel.InPerson, ApplicantKind.NaturalPerson);

    public static ApplicationCase Case(params ApplicationEvent[] events) => Case(ClockSettings.Default, events);

    public static ApplicationCase Case(ClockSettings settings, params ApplicationEvent[] events)
    {
        var result = ApplicationCase.Replay(events, Clock, settings);
        Assert.True(result.IsSuccess, result.Error?.Message);
        return result.Case!;
    }

    public static CaseError Refused(params ApplicationEvent[] events)
    {
        var result = ApplicationCase.Replay(events, Clock);
        Assert.False(result.IsSuccess);
        Assert.Equal(events.Length - 1, result.EventIndex);
        return result.Error!;
    }

    /// <summary>The reference function of regulation-deadlines.md §0, day by day.</summary>
    public static DateOnly AddWorkingDaysSlow(DateOnly start, int n, Func<DateOnly, bool>? excluded = null)
    {
        var d = start;
        for (var k = 0; k < n;)
        {
            d = d.AddDays(1);
            if (China.IsWorkingDay(d) && !(excluded?.Invoke(d) ?? false))
            {
                k++;
            }
        }

        return d;
    }
}
