namespace OpenGovInfo.Platform.WorkQueue;

/// <summary>What a work-queue entry is.</summary>
public enum WorkKind
{
    /// <summary>A proactively disclosed item (主动公开).</summary>
    Item,

    /// <summary>A disclosure application (依申请公开).</summary>
    Application,

    /// <summary>An annual report (年度报告); the report reminders supply these.</summary>
    AnnualReport,
}
