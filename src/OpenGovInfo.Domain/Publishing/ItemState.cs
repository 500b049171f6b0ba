namespace OpenGovInfo.Domain.Publishing;

/// <summary>Where a proactively disclosed item is in its review workflow (derived from its events).</summary>
public enum ItemState
{
    /// <summary>草稿: being written by the editor.</summary>
    Draft,

    /// <summary>保密审查: confidentiality review (《保密法》; 条例 第十七条 requires it before disclosure).</summary>
    ConfidentialityReview,

    /// <summary>法律审核: legality review, when required (e.g. normative documents).</summary>
    LegalReview,

    /// <summary>审批: waiting for the approver.</summary>
    Approval,

    /// <summary>定时发布: approved, to be released at a set future instant.</summary>
    Scheduled,

    /// <summary>已发布.</summary>
    Published,

    /// <summary>已退回: a reviewer sent it back to the editor with a comment.</summary>
    Returned,

    /// <summary>已撤回: taken down (or stopped before release) with a reason.</summary>
    Withdrawn,
}
