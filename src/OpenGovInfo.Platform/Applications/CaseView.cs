using OpenGovInfo.Domain.Applications;

namespace OpenGovInfo.Platform.Applications;

/// <summary>The applicant as staff see them: in full for the handling agency's case staff, masked otherwise.</summary>
/// <param name="Kind">The applicant column in Chinese.</param>
/// <param name="Name">Name (masked for a natural person when not in full).</param>
/// <param name="Document">证件 type and number, or 统一社会信用代码.</param>
/// <param name="LegalRepresentative">Organisation's representative.</param>
/// <param name="ContactName">Organisation's contact.</param>
/// <param name="Phone">Phone.</param>
/// <param name="Email">E-mail.</param>
/// <param name="Address">Address.</param>
/// <param name="InFull">True when unmasked (and the view was logged).</param>
public sealed record ApplicantView(string Kind, string Name, string Document, string? LegalRepresentative, string? ContactName, string Phone, string? Email, string? Address, bool InFull);

/// <summary>A case page's content.</summary>
/// <param name="Row">The application row.</param>
/// <param name="AgencyName">The agency.</param>
/// <param name="Case">The replayed case.</param>
/// <param name="Applicant">The applicant (full or masked).</param>
/// <param name="Events">The stored log with actors and notes.</param>
/// <param name="Pending">Open deadlines with days left.</param>
/// <param name="Explanation">“Why this date?” for the reply deadline.</param>
/// <param name="Reply">The reply draft, if any.</param>
/// <param name="Documents">Stored files (without bytes).</param>
/// <param name="Remedies">Reconsiderations and lawsuits about the case.</param>
/// <param name="RepeatOfCode">The tracking code of the earlier case this repeats, if flagged.</param>
/// <param name="SameRequestCount">How many applications at the agency asked for the same information (第四十四条 proposal at 3 or more).</param>
/// <param name="OtherApplicationsOfApplicant">The applicant's other applications at the agency, found by the keyed applicant hash.</param>
public sealed record CaseView(
    ApplicationRow Row, string AgencyName, ApplicationCase Case, ApplicantView Applicant, IReadOnlyList<ApplicationEventRow> Events,
    IReadOnlyList<PendingDeadline> Pending, CaseDeadlineExplanation? Explanation, ReplyDraftRow? Reply,
    IReadOnlyList<CaseDocumentInfo> Documents, IReadOnlyList<RemedyRow> Remedies, string? RepeatOfCode, int SameRequestCount,
    int OtherApplicationsOfApplicant);

/// <summary>A stored file's facts.</summary>
/// <param name="Id">Document id.</param>
/// <param name="Purpose">What it is.</param>
/// <param name="Name">File name.</param>
/// <param name="ContentType">MIME type.</param>
/// <param name="Length">Bytes.</param>
public sealed record CaseDocumentInfo(int Id, ApplicationDocumentPurpose Purpose, string Name, string ContentType, int Length);
