namespace OpenGovInfo.Domain.Publishing;

/// <summary>The publishing roles a staff member holds (one person may hold several).</summary>
[Flags]
public enum StaffRoles
{
    /// <summary>No publishing role.</summary>
    None = 0,

    /// <summary>信息员: writes and submits items.</summary>
    Editor = 1,

    /// <summary>保密审查员.</summary>
    ConfidentialityReviewer = 2,

    /// <summary>法制审核员 (法律审核).</summary>
    LegalReviewer = 4,

    /// <summary>审批领导 (负责人): approves, schedules and withdraws.</summary>
    Approver = 8,

    /// <summary>The scheduler (a background job), which only releases scheduled items.</summary>
    System = 16,
}
