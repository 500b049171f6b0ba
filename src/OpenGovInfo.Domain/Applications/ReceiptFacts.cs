namespace OpenGovInfo.Domain.Applications;

/// <summary>The dates staff record when an application or a supplement arrives (regulation-deadlines.md AP-2).</summary>
/// <param name="ArrivedOn">The day it reached the agency (handed in, delivered, transmitted).</param>
/// <param name="SignedOn">For signed post: the day the agency signed for it (签收之日).</param>
/// <param name="ConfirmedOn">For ordinary letters, internet and fax: the day of confirmation with the applicant (确认之日).</param>
public sealed record ReceiptFacts(DateOnly ArrivedOn, DateOnly? SignedOn = null, DateOnly? ConfirmedOn = null);
