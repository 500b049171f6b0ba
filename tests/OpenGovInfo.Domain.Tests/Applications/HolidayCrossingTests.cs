using OpenGovInfo.Domain.Applications;
using OpenGovInfo.Domain.Applications.Events;
using static OpenGovInfo.Domain.Tests.Applications.CaseBuilder;

namespace OpenGovInfo.Domain.Tests.Applications;

/// <summary>Cases not in regulation-deadlines.md, across 春节 and 国庆 2024; expected dates computed outside .NET from the CSV.</summary>
public class HolidayCrossingTests
{
    [Fact]
    public void Unanswered_consultation_over_spring_festival_2024()
    {
        // Received 2024-01-29 (base 2024-02-29); letter sent 02-05, delivered 02-06, no answer: lapse 2024-03-04;
        // excluded (02-05, 03-04] → reply due 2024-03-22. 02-04 and 02-18 (Sundays) are 调休 workdays, 02-10…02-17 off.
        var @case = Case(Received(D(2024, 1, 29)), new ConsultationStarted(D(2024, 2, 5), "某企业", ConsultationKind.ThirdParty, D(2024, 2, 6)));
        Assert.Equal(D(2024, 3, 4), @case.Consultations[0].Lapse!.Due);
        Assert.Equal(D(2024, 3, 22), @case.ReplyDeadline!.Due);

        // The third party answers after the lapse: nothing changes, the excluded time ends at the lapse.
        var late = @case.Append(new ConsultationEnded(D(2024, 3, 8), "某企业")).Case!;
        Assert.Equal(D(2024, 3, 22), late.ReplyDeadline!.Due);
        Assert.Equal(CaseStatus.Processing, late.Status);
    }

    [Fact]
    public void Fee_over_national_day_2024()
    {
        // Received 2024-09-20 (base 2024-10-23); notice issued 09-25, received 09-27 → pay by 2024-10-30;
        // paid 10-10, clock paused (09-25, 10-10] → reply due 2024-11-01.
        var @case = Case(Received(D(2024, 9, 20)), new FeeNoticeIssued(D(2024, 9, 25), D(2024, 9, 27), FeeMethod.PerApplication, PerApplicationFee.FenFor(11)),
            new FeePaid(D(2024, 10, 10)));
        Assert.Equal(D(2024, 10, 30), @case.Fee!.PaymentDeadline!.Due);
        Assert.Equal(D(2024, 11, 1), @case.ReplyDeadline!.Due);
        Assert.Equal(D(2024, 10, 23), Case(new ClockSettings(FeePausesClock: false), [.. @case.Events]).ReplyDeadline!.Due);
    }
}
