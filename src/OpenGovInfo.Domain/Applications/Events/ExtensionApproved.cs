namespace OpenGovInfo.Domain.Applications.Events;

/// <summary>延长答复期限 (条例 第三十三条第二款): once, at most 20 working days, approved by the head of the OGI unit, applicant told before the deadline.</summary>
/// <param name="On">The day the head approved.</param>
/// <param name="ApprovedBy">The head of the OGI working unit (政府信息公开工作机构负责人).</param>
/// <param name="NotifiedOn">The day the applicant was told (告知申请人).</param>
/// <param name="WorkingDays">The extension, 1–20 working days.</param>
public sealed record ExtensionApproved(DateOnly On, string ApprovedBy, DateOnly NotifiedOn, int WorkingDays = 20) : ApplicationEvent(On);
