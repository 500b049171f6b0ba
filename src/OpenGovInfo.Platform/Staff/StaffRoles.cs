namespace OpenGovInfo.Platform.Staff;

/// <summary>The back-office roles. Names are stable identifiers; <see cref="ChineseName"/> is what people read.</summary>
public static class StaffRoles
{
    /// <summary>信息员: drafts items and replies.</summary>
    public const string Editor = "Editor";

    /// <summary>保密审查员: confidentiality review.</summary>
    public const string ConfidentialityReviewer = "ConfidentialityReviewer";

    /// <summary>法制审核员: legal review.</summary>
    public const string LegalReviewer = "LegalReviewer";

    /// <summary>审批领导: signs off.</summary>
    public const string Approver = "Approver";

    /// <summary>机关管理员: manages the agency's pages and staff.</summary>
    public const string AgencyAdmin = "AgencyAdmin";

    /// <summary>政务公开办: reads every agency, changes none.</summary>
    public const string Supervisor = "Supervisor";

    /// <summary>系统管理员: everything.</summary>
    public const string SystemAdmin = "SystemAdmin";

    /// <summary>Every role, in display order.</summary>
    public static IReadOnlyList<string> All { get; } =
        [Editor, ConfidentialityReviewer, LegalReviewer, Approver, AgencyAdmin, Supervisor, SystemAdmin];

    /// <summary>The Chinese name of a role.</summary>
    public static string ChineseName(string role) => role switch
    {
        Editor => "信息员",
        ConfidentialityReviewer => "保密审查员",
        LegalReviewer => "法制审核员",
        Approver => "审批领导",
        AgencyAdmin => "机关管理员",
        Supervisor => "政务公开办",
        SystemAdmin => "系统管理员",
        _ => role,
    };
}
