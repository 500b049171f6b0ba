using OpenGovInfo.Domain.Calendar;

namespace OpenGovInfo.Domain.Applications;

/// <summary>The fee notice of a case as derived from its events (国办函〔2020〕109号).</summary>
/// <param name="IssuedOn">The day it was issued.</param>
/// <param name="ReceivedOn">The day the applicant received it.</param>
/// <param name="Method">按件 or 按量.</param>
/// <param name="AmountFen">Amount in fen.</param>
/// <param name="PaymentDeadline">FEE-5: 20 working days from the day after receipt; null only when the calendar ends first.</param>
/// <param name="PaidOn">The day of payment, or null.</param>
public sealed record FeeNotice(DateOnly IssuedOn, DateOnly ReceivedOn, FeeMethod Method, long AmountFen, Deadline? PaymentDeadline, DateOnly? PaidOn)
{
    /// <summary>FEE-5: 收到收费通知次日起20个工作日内.</summary>
    public const int PaymentWorkingDays = 20;
}
