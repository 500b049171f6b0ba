using OpenGovInfo.Domain.Applications;
using OpenGovInfo.Domain.Applications.Events;
using static OpenGovInfo.Domain.Tests.Applications.CaseBuilder;

namespace OpenGovInfo.Domain.Tests.Applications;

public class ReceiptDateTests
{
    private static readonly DateOnly Arrived = D(2025, 9, 26);

    [Theory]
    [InlineData(ReceiptChannel.InPerson)]
    [InlineData(ReceiptChannel.Oral)]
    public void In_person_and_oral_are_received_the_day_they_are_made(ReceiptChannel channel)
    {
        // 条例 第三十一条（一）; the later dates are ignored for these channels.
        var result = ReceiptDate.Determine(channel, new ReceiptFacts(Arrived, SignedOn: Arrived.AddDays(3), ConfirmedOn: Arrived.AddDays(5)));
        Assert.Equal(Arrived, result.ReceivedOn);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Signed_post_is_received_the_day_it_is_signed_for()
    {
        var result = ReceiptDate.Determine(ReceiptChannel.PostSigned, new ReceiptFacts(Arrived, SignedOn: D(2025, 9, 28)));
        Assert.Equal(D(2025, 9, 28), result.ReceivedOn);
    }

    [Fact]
    public void Signed_post_without_a_signature_date_is_an_error_value()
    {
        var result = ReceiptDate.Determine(ReceiptChannel.PostSigned, new ReceiptFacts(Arrived));
        Assert.False(result.IsSuccess);
        Assert.Equal(CaseErrorCode.ReceiptDateMissing, result.Error!.Code);
        Assert.Contains("签收", result.Error.Message);
    }

    [Fact]
    public void An_ordinary_letter_is_received_on_confirmation_and_a_late_confirmation_warns()
    {
        var sameDay = ReceiptDate.Determine(ReceiptChannel.PostUnsigned, new ReceiptFacts(Arrived, ConfirmedOn: Arrived));
        Assert.Equal(Arrived, sameDay.ReceivedOn);
        Assert.Empty(sameDay.Warnings);

        // AP-2: confirmation is expected the day the letter arrives; later confirmation still sets the date, with a warning.
        var late = ReceiptDate.Determine(ReceiptChannel.PostUnsigned, new ReceiptFacts(Arrived, ConfirmedOn: D(2025, 10, 9)));
        Assert.Equal(D(2025, 10, 9), late.ReceivedOn);
        Assert.Contains("当日", Assert.Single(late.Warnings));
    }

    [Theory]
    [InlineData(ReceiptChannel.Internet)]
    [InlineData(ReceiptChannel.Fax)]
    [InlineData(ReceiptChannel.PostUnsigned)]
    public void Channels_needing_confirmation_have_no_date_before_it(ReceiptChannel channel)
    {
        var pending = ReceiptDate.Determine(channel, new ReceiptFacts(Arrived));
        Assert.Equal(CaseErrorCode.ReceiptDateMissing, pending.Error!.Code);
        Assert.Null(pending.ReceivedOn);

        var before = ReceiptDate.Determine(channel, new ReceiptFacts(Arrived, ConfirmedOn: Arrived.AddDays(-1)));
        Assert.Equal(CaseErrorCode.ReceiptDateBeforeArrival, before.Error!.Code);
    }

    [Theory]
    [InlineData(ReceiptChannel.Internet)]
    [InlineData(ReceiptChannel.Fax)]
    public void Internet_and_fax_are_received_on_mutual_confirmation_without_warning(ReceiptChannel channel)
    {
        // 条例 第三十一条（三）: 以双方确认之日为收到申请之日 — no same-day expectation for these channels.
        var result = ReceiptDate.Determine(channel, new ReceiptFacts(Arrived, ConfirmedOn: D(2025, 9, 29)));
        Assert.Equal(D(2025, 9, 29), result.ReceivedOn);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void A_confirmation_over_a_holiday_moves_the_reply_deadline()
    {
        // Arrived online 2025-09-30, confirmed 2025-10-09 after 国庆: the reply clock starts at confirmation.
        var receipt = ReceiptDate.Determine(ReceiptChannel.Internet, new ReceiptFacts(D(2025, 9, 30), ConfirmedOn: D(2025, 10, 9))).ReceivedOn!.Value;
        var @case = Case(new ApplicationReceived(receipt, ReceiptChannel.Internet, ApplicantKind.CommercialEnterprise));
        Assert.Equal(China.AddWorkingDays(D(2025, 10, 9), 20), @case.ReplyDeadline!.Due);
        Assert.Equal(D(2025, 11, 5), @case.ReplyDeadline.Due); // 10-11 (Saturday) is a 调休 workday
    }
}
