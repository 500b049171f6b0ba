namespace OpenGovInfo.Platform.Staff;

/// <summary>What a staff member wants to do with an agency's back office.</summary>
public enum AgencyOperation
{
    /// <summary>See the agency's dashboard and records.</summary>
    Read,

    /// <summary>Change the agency's own pages and profile (机关管理员).</summary>
    Manage,
}
