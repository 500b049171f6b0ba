namespace OpenGovInfo.Platform.Audit;

/// <summary>The outcome of checking the chain.</summary>
/// <param name="Records">Records checked before the first break (all of them when intact).</param>
/// <param name="HeadHash">The last intact record's hash: keep it elsewhere to detect a cut-off tail later.</param>
/// <param name="BrokenAt">The first broken sequence number, or null when the chain is intact.</param>
/// <param name="Problem">What is wrong there, in Chinese.</param>
public sealed record AuditVerification(long Records, string HeadHash, long? BrokenAt, string? Problem)
{
    /// <summary>No record was edited, deleted or inserted.</summary>
    public bool Intact => BrokenAt is null;
}
