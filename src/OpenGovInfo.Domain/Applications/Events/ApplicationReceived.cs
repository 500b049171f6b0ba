namespace OpenGovInfo.Domain.Applications.Events;

/// <summary>收到申请: the first event. <see cref="ApplicationEvent.On"/> is the receipt date of <see cref="ReceiptDate"/> (条例 第三十一条).</summary>
/// <param name="On">收到申请之日.</param>
/// <param name="Channel">How it came.</param>
/// <param name="Applicant">The applicant's kind (annual-report column).</param>
public sealed record ApplicationReceived(DateOnly On, ReceiptChannel Channel, ApplicantKind Applicant) : ApplicationEvent(On);
