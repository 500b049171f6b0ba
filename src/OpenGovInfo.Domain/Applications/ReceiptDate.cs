namespace OpenGovInfo.Domain.Applications;

/// <summary>条例 第三十一条: the day an application (or a supplement, AP-3c) counts as received, by channel.</summary>
public static class ReceiptDate
{
    /// <summary>The receipt date of an application that came by <paramref name="channel"/>, from the recorded dates.</summary>
    public static ReceiptResult Determine(ReceiptChannel channel, ReceiptFacts facts) => channel switch
    {
        // 条例 第三十一条（一）: 当面提交的，以提交之日为收到申请之日 (an oral application is recorded on the spot, 第二十九条).
        ReceiptChannel.InPerson or ReceiptChannel.Oral => ReceiptResult.Success(facts.ArrivedOn),
        // 条例 第三十一条（二）: 以邮寄方式提交的，以行政机关签收之日为收到申请之日.
        ReceiptChannel.PostSigned => Signed(facts),
        // 条例 第三十一条（二）: 以平常信函等无需签收的邮寄方式提交的，应当于收到申请的当日与申请人确认，确认之日为收到申请之日.
        ReceiptChannel.PostUnsigned => Confirmed(facts, warnIfLate: true),
        // 条例 第三十一条（三）: 通过互联网渠道或者传真提交的，以双方确认之日为收到申请之日.
        ReceiptChannel.Internet or ReceiptChannel.Fax => Confirmed(facts, warnIfLate: false),
        _ => throw new ArgumentOutOfRangeException(nameof(channel), channel, null),
    };

    private static ReceiptResult Signed(ReceiptFacts facts) => facts.SignedOn switch
    {
        null => ReceiptResult.Failure(CaseErrorCode.ReceiptDateMissing, "邮寄申请须填写签收日期（条例 第三十一条：以签收之日为收到申请之日）。"),
        { } signed when signed < facts.ArrivedOn => ReceiptResult.Failure(CaseErrorCode.ReceiptDateBeforeArrival, "签收日期不能早于送达日期。"),
        { } signed => ReceiptResult.Success(signed),
    };

    private static ReceiptResult Confirmed(ReceiptFacts facts, bool warnIfLate) => facts.ConfirmedOn switch
    {
        null => ReceiptResult.Failure(CaseErrorCode.ReceiptDateMissing, "尚未与申请人确认，无法确定收到申请之日（条例 第三十一条：以确认之日为收到申请之日）。"),
        { } confirmed when confirmed < facts.ArrivedOn => ReceiptResult.Failure(CaseErrorCode.ReceiptDateBeforeArrival, "确认日期不能早于收到日期。"),
        // AP-2: the regulation expects an ordinary letter to be confirmed on the day it arrives.
        { } confirmed when warnIfLate && confirmed > facts.ArrivedOn => ReceiptResult.Success(confirmed,
            $"平常信函应于收到当日与申请人确认（条例 第三十一条），本件 {facts.ArrivedOn:yyyy-MM-dd} 收到、{confirmed:yyyy-MM-dd} 确认。"),
        { } confirmed => ReceiptResult.Success(confirmed),
    };
}
