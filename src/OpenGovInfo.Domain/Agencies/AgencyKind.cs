namespace OpenGovInfo.Domain.Agencies;

/// <summary>Where an agency sits in a district's hierarchy.</summary>
public enum AgencyKind
{
    /// <summary>区（县）人民政府.</summary>
    DistrictGovernment,

    /// <summary>政府工作部门（局、委、办）.</summary>
    Department,

    /// <summary>乡镇人民政府、街道办事处.</summary>
    Township,
}
