namespace OpenGovInfo.Domain.Staff;

/// <summary>
/// The roles a staff member holds (one person may hold several). This is the one model of roles: the workflow rules,
/// the platform's authorisation and the pages all read it; <see cref="StaffRoleNames"/> gives each its stable
/// identifier (the ASP.NET Identity role name) and its Chinese name.
/// </summary>
[Flags]
public enum StaffRoles
{
    /// <summary>No role.</summary>
    None = 0,

    /// <summary>信息员: writes and submits items, handles applications.</summary>
    Editor = 1,

    /// <summary>保密审查员.</summary>
    ConfidentialityReviewer = 2,

    /// <summary>法制审核员 (法律审核).</summary>
    LegalReviewer = 4,

    /// <summary>审批领导 (负责人): approves, schedules and withdraws.</summary>
    Approver = 8,

    /// <summary>The scheduler (a background job), which only releases scheduled items; never held by a person.</summary>
    System = 16,

    /// <summary>机关管理员: manages the agency's pages and staff.</summary>
    AgencyAdmin = 32,

    /// <summary>政务公开办: reads every agency, changes none.</summary>
    Supervisor = 64,

    /// <summary>系统管理员: administers the installation.</summary>
    SystemAdmin = 128,
}
