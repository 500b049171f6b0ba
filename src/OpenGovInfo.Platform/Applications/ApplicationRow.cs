using OpenGovInfo.Domain.Applications;
using OpenGovInfo.Domain.Applications.Applicants;

namespace OpenGovInfo.Platform.Applications;

/// <summary>
/// A disclosure application (依申请公开). The truth is its event log (<see cref="ApplicationEventRow"/>); status and
/// deadlines here are derived from it on every append and stored, so that work queues can sort by them.
/// The applicant's identity and contacts are personal data: staff of the handling agency only, never public.
/// </summary>
public sealed class ApplicationRow
{
    /// <summary>Database identity.</summary>
    public int Id { get; set; }

    /// <summary>The agency applied to.</summary>
    public int AgencyId { get; set; }

    /// <summary>查询码: shown to the applicant; unique; useless without the access key.</summary>
    public string TrackingCode { get; set; } = string.Empty;

    /// <summary>SHA-256 of the 查询密码 (the key itself is shown once and never stored).</summary>
    public string AccessKeyHash { get; set; } = string.Empty;

    /// <summary>SHA-256 of the form's one-time submission token: a replayed or double-clicked form finds this case.</summary>
    public string? SubmissionTokenHash { get; set; }

    /// <summary>The applicant's annual-report column.</summary>
    public ApplicantKind ApplicantKind { get; set; }

    /// <summary>姓名 / 名称.</summary>
    public string ApplicantName { get; set; } = string.Empty;

    /// <summary>Natural person's document type.</summary>
    public IdDocumentType? IdType { get; set; }

    /// <summary>Natural person's document number.</summary>
    public string? IdNumber { get; set; }

    /// <summary>Organisation's 统一社会信用代码.</summary>
    public string? CreditCode { get; set; }

    /// <summary>Organisation's 法定代表人或者负责人.</summary>
    public string? LegalRepresentative { get; set; }

    /// <summary>Organisation's contact person.</summary>
    public string? ContactName { get; set; }

    /// <summary>Phone.</summary>
    public string Phone { get; set; } = string.Empty;

    /// <summary>E-mail.</summary>
    public string? Email { get; set; }

    /// <summary>Postal address.</summary>
    public string? Address { get; set; }

    /// <summary>SHA-256 of the applicant's kind and identifying number: finds 重复申请 without reading personal data.</summary>
    public string ApplicantKey { get; set; } = string.Empty;

    /// <summary>The information requested.</summary>
    public string Description { get; set; } = string.Empty;

    /// <summary>How the information is to be provided.</summary>
    public DeliveryForm DeliveryForm { get; set; }

    /// <summary>How the application came (条例 第三十一条).</summary>
    public ReceiptChannel Channel { get; set; }

    /// <summary>The day it reached the agency.</summary>
    public DateOnly ArrivedOn { get; set; }

    /// <summary>收到申请之日 by the channel's rule.</summary>
    public DateOnly ReceivedOn { get; set; }

    /// <summary>A warning from the receipt rule (e.g. an ordinary letter confirmed late).</summary>
    public string? ReceiptWarning { get; set; }

    /// <summary>When the record was created (UTC).</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Who registered it; null when the applicant submitted it on the portal or API.</summary>
    public string? RegisteredBy { get; set; }

    /// <summary>Derived: where the case stands.</summary>
    public CaseStatus Status { get; set; }

    /// <summary>Derived: the reply deadline in force (or the 第三十五条 date).</summary>
    public DateOnly? ReplyDue { get; set; }

    /// <summary>Derived: the reply deadline counted over a provisional calendar year (暂定).</summary>
    public bool ReplyDueProvisional { get; set; }

    /// <summary>Derived: the earliest open deadline.</summary>
    public DateOnly? NextDue { get; set; }

    /// <summary>Derived: what <see cref="NextDue"/> is for.</summary>
    public PendingKind? NextDueKind { get; set; }

    /// <summary>Derived: the reply letter is waiting for the approver.</summary>
    public bool ReplyAwaitingApproval { get; set; }

    /// <summary>Derived: the outcome code once closed.</summary>
    public string? OutcomeCode { get; set; }

    /// <summary>Derived: the day the case closed.</summary>
    public DateOnly? ClosedOn { get; set; }

    /// <summary>The number of events: the optimistic-concurrency token of the log.</summary>
    public int EventCount { get; set; }

    /// <summary>An earlier open or closed case of the same applicant for the same information (重复申请), if flagged.</summary>
    public int? RepeatOfId { get; set; }
}
