namespace OpenGovInfo.Domain.Applications.Applicants;

/// <summary>
/// An application as typed (portal form, API body or staff registration), before any check. Every field is text so
/// that nothing is lost before <see cref="ApplicationFormCheck"/> says what is wrong with it.
/// </summary>
public sealed record ApplicationForm
{
    /// <summary><c>natural</c> (自然人) or <c>organisation</c> (法人或其他组织).</summary>
    public string? Kind { get; init; }

    /// <summary>姓名 / 名称.</summary>
    public string? Name { get; init; }

    /// <summary>Natural person: ID document type code or name.</summary>
    public string? IdType { get; init; }

    /// <summary>Natural person: document number.</summary>
    public string? IdNumber { get; init; }

    /// <summary>Organisation: 商业企业 / 科研机构 / 社会公益组织 / 法律服务机构 / 其他 (or the report column code).</summary>
    public string? OrganisationType { get; init; }

    /// <summary>Organisation: 统一社会信用代码.</summary>
    public string? CreditCode { get; init; }

    /// <summary>Organisation: 法定代表人或者负责人.</summary>
    public string? LegalRepresentative { get; init; }

    /// <summary>Organisation: 联系人.</summary>
    public string? ContactName { get; init; }

    /// <summary>联系电话.</summary>
    public string? Phone { get; init; }

    /// <summary>电子邮箱.</summary>
    public string? Email { get; init; }

    /// <summary>通信地址.</summary>
    public string? Address { get; init; }

    /// <summary>所需政府信息的名称、文号或者便于查询的其他特征性描述 (条例 第二十九条).</summary>
    public string? Description { get; init; }

    /// <summary>Delivery form code or name.</summary>
    public string? DeliveryForm { get; init; }
}
