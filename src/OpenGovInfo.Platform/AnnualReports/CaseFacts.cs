using OpenGovInfo.Domain.Applications;

namespace OpenGovInfo.Platform.AnnualReports;

/// <summary>What Table 3 needs of one application: the derived columns the platform stores on every append.</summary>
/// <param name="Id">The application.</param>
/// <param name="ApplicantKind">Its column.</param>
/// <param name="ReceivedOn">收到申请之日: the year it counts in 本年新收.</param>
/// <param name="ClosedOn">The day it closed: the year it counts in 本年度办理结果; null while open.</param>
/// <param name="OutcomeCode">Its one outcome row (部分公开 is one outcome, so it is counted only there).</param>
public sealed record CaseFacts(int Id, ApplicantKind ApplicantKind, DateOnly ReceivedOn, DateOnly? ClosedOn, string? OutcomeCode);
