namespace OpenGovInfo.Platform.Staff;

/// <summary>What a staff member wants to do with an agency's back office.</summary>
public enum AgencyOperation
{
    /// <summary>See the agency's dashboard and records.</summary>
    Read,

    /// <summary>Change the agency's own pages and profile (机关管理员).</summary>
    Manage,

    /// <summary>
    /// Open an item's files before publication: the agency's workflow staff (信息员, 保密审查, 法律审核, 审批), whose
    /// review covers the attachments too; 政务公开办, who read every agency's drafts; 系统管理员.
    /// </summary>
    ReviewFiles,
}
