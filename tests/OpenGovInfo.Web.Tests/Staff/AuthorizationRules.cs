using OpenGovInfo.Domain.Staff;
using OpenGovInfo.Platform.Staff;

namespace OpenGovInfo.Web.Tests.Staff;

/// <summary>Who may reach a back-office page.</summary>
public enum AccessRule
{
    /// <summary>Anyone, signed in or not (the sign-in pages).</summary>
    Public,

    /// <summary>Any signed-in staff member.</summary>
    AnyStaff,

    /// <summary>Staff of the route's agency; 政务公开办 and 系统管理员 for every agency.</summary>
    AgencyRead,

    /// <summary>机关管理员 of the route's agency; 系统管理员 for every agency.</summary>
    AgencyManage,

    /// <summary>The route agency's 信息员 only (registering an application is an officer's act).</summary>
    AgencyOfficer,

    /// <summary>The route agency's 信息员 or 机关管理员; 系统管理员 for every agency (drafting or importing its annual report).</summary>
    AgencyDrafter,

    /// <summary>系统管理员 only (installation-wide settings such as the working-day calendar).</summary>
    SystemAdmin,

    /// <summary>政务公开办 and 系统管理员 (the district's review of every agency's annual report).</summary>
    Supervisor,

    /// <summary>
    /// The route agency's workflow staff (信息员, 保密审查员, 法制审核员, 审批领导), 政务公开办 and 系统管理员: an item's
    /// files before publication. 机关管理员 runs the agency's pages, not its disclosures.
    /// </summary>
    AgencyReviewFiles,

    /// <summary>机关管理员 (of any agency) or 系统管理员: the staff account pages; which accounts each may change is tested in the account tests.</summary>
    AccountAdmin,
}

/// <summary>
/// The declared rule table, written independently of the app's policies. Every /staff route must appear here:
/// a new page without an entry fails <see cref="AuthorizationMatrixTests"/>.
/// </summary>
public static class AuthorizationRules
{
    /// <summary>Route pattern (lower case, no leading slash) → rule.</summary>
    public static IReadOnlyDictionary<string, AccessRule> Table { get; } = new Dictionary<string, AccessRule>(StringComparer.Ordinal)
    {
        ["staff"] = AccessRule.AnyStaff,
        ["staff/index"] = AccessRule.AnyStaff,
        ["staff/login"] = AccessRule.Public,
        ["staff/login/2fa"] = AccessRule.Public,
        ["staff/logout"] = AccessRule.AnyStaff,
        ["staff/account/2fa"] = AccessRule.AnyStaff,
        ["staff/account/password"] = AccessRule.AnyStaff,
        // Each person reads and marks only their own notifications (tested in NotificationHttpTests).
        ["staff/notifications"] = AccessRule.AnyStaff,
        ["staff/accounts"] = AccessRule.AccountAdmin,
        ["staff/accounts/new"] = AccessRule.AccountAdmin,
        ["staff/accounts/{userid:guid}"] = AccessRule.AccountAdmin,
        ["staff/agencies/{agencyid:int}"] = AccessRule.AgencyRead,
        ["staff/agencies/{agencyid:int}/guide"] = AccessRule.AgencyManage,
        ["staff/agencies/{agencyid:int}/profile"] = AccessRule.AgencyManage,
        ["staff/agencies/{agencyid:int}/reply-templates"] = AccessRule.AgencyManage,
        // Item pages are readable by the agency's staff; what each person may do (draft, review, approve) is the
        // workflow's decision by role, tested in the publishing tests.
        ["staff/agencies/{agencyid:int}/items"] = AccessRule.AgencyRead,
        ["staff/agencies/{agencyid:int}/items/new"] = AccessRule.AgencyRead,
        ["staff/agencies/{agencyid:int}/items/{itemid:int}"] = AccessRule.AgencyRead,
        ["staff/agencies/{agencyid:int}/items/{itemid:int}/edit"] = AccessRule.AgencyRead,
        ["staff/agencies/{agencyid:int}/items/{itemid:int}/attachments"] = AccessRule.AgencyRead,
        ["staff/agencies/{agencyid:int}/items/{itemid:int}/attachments/{attachmentid:int}"] = AccessRule.AgencyReviewFiles,
        // Only the item's 信息员 may remove (tested in DraftCorrectionHttpTests); the page is the agency's like the item pages.
        ["staff/agencies/{agencyid:int}/items/{itemid:int}/attachments/{attachmentid:int}/remove"] = AccessRule.AgencyRead,
        ["staff/agencies/{agencyid:int}/registers"] = AccessRule.AgencyRead,
        // Saving a record needs 信息员 or 机关管理员 besides (tested in RegisterEntryHttpTests).
        ["staff/agencies/{agencyid:int}/registers/new"] = AccessRule.AgencyRead,
        // A row's history is the agency's to read; 更正 and 撤回 need 信息员 or 机关管理员 besides (tested in RegisterCorrectionHttpTests).
        ["staff/agencies/{agencyid:int}/registers/{kind}/{entryid:int}"] = AccessRule.AgencyRead,
        // The work queue shows each user their own agency's cases (政务公开办: every agency's, masked).
        ["staff/applications"] = AccessRule.AnyStaff,
        ["staff/agencies/{agencyid:int}/applications/new"] = AccessRule.AgencyOfficer,
        // Reading a case is the agency's; the applicant in full only for its case staff (tested in the application tests).
        ["staff/agencies/{agencyid:int}/applications/{applicationid:int}"] = AccessRule.AgencyRead,
        // Reading an agency's annual report is the agency's (政务公开办 for every agency); compiling, submitting and
        // reviewing are decided by role in the use cases (tested in ReportHttpTests and ReportWorkflowTests).
        ["staff/agencies/{agencyid:int}/reports"] = AccessRule.AgencyRead,
        ["staff/agencies/{agencyid:int}/reports/{year:int}"] = AccessRule.AgencyRead,
        ["staff/agencies/{agencyid:int}/reports/{year:int}/cell"] = AccessRule.AgencyRead,
        ["staff/agencies/{agencyid:int}/reports/{year:int}/import"] = AccessRule.AgencyDrafter,
        ["staff/reports"] = AccessRule.Supervisor,
        ["staff/reports/export.xlsx"] = AccessRule.Supervisor,
        ["staff/reports/district"] = AccessRule.Supervisor,
        ["staff/reports/district/cell"] = AccessRule.Supervisor,
        ["staff/calendar"] = AccessRule.SystemAdmin,
        ["staff/calendar/import"] = AccessRule.SystemAdmin,
        // The audit trail of every agency: the supervising office and the system administrator only.
        ["staff/audit"] = AccessRule.Supervisor,
    };

    /// <summary>The expected outcome for a signed-in <paramref name="role"/> on its own or another agency.</summary>
    public static bool Allowed(AccessRule rule, string role, bool ownAgency) => rule switch
    {
        AccessRule.Public or AccessRule.AnyStaff => true,
        AccessRule.AgencyRead => ownAgency || role is StaffRoleNames.Supervisor or StaffRoleNames.SystemAdmin,
        AccessRule.AgencyManage => role == StaffRoleNames.SystemAdmin || (ownAgency && role == StaffRoleNames.AgencyAdmin),
        AccessRule.SystemAdmin => role == StaffRoleNames.SystemAdmin,
        AccessRule.AgencyOfficer => ownAgency && role == StaffRoleNames.Editor,
        AccessRule.AgencyDrafter => role == StaffRoleNames.SystemAdmin || (ownAgency && role is StaffRoleNames.Editor or StaffRoleNames.AgencyAdmin),
        AccessRule.Supervisor => role is StaffRoleNames.Supervisor or StaffRoleNames.SystemAdmin,
        AccessRule.AgencyReviewFiles => role is StaffRoleNames.Supervisor or StaffRoleNames.SystemAdmin
            || (ownAgency && role is StaffRoleNames.Editor or StaffRoleNames.ConfidentialityReviewer or StaffRoleNames.LegalReviewer or StaffRoleNames.Approver),
        AccessRule.AccountAdmin => role is StaffRoleNames.AgencyAdmin or StaffRoleNames.SystemAdmin,
        _ => false,
    };
}
