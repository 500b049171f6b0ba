using OpenGovInfo.Domain.Applications.Applicants;

namespace OpenGovInfo.Web.Pages.Apply;

/// <summary>The fields of the application form (portal and staff registration), bound by name.</summary>
public sealed class ApplicationFormInput
{
    /// <summary>natural / organisation.</summary>
    public string? Kind { get; set; } = "natural";

    /// <summary>姓名 / 名称.</summary>
    public string? Name { get; set; }

    /// <summary>证件类型.</summary>
    public string? IdType { get; set; } = "resident_id";

    /// <summary>证件号码.</summary>
    public string? IdNumber { get; set; }

    /// <summary>单位类型.</summary>
    public string? OrganisationType { get; set; }

    /// <summary>统一社会信用代码.</summary>
    public string? CreditCode { get; set; }

    /// <summary>法定代表人或者负责人.</summary>
    public string? LegalRepresentative { get; set; }

    /// <summary>联系人.</summary>
    public string? ContactName { get; set; }

    /// <summary>联系电话.</summary>
    public string? Phone { get; set; }

    /// <summary>电子邮箱.</summary>
    public string? Email { get; set; }

    /// <summary>通信地址.</summary>
    public string? Address { get; set; }

    /// <summary>所需信息.</summary>
    public string? Description { get; set; }

    /// <summary>获取方式.</summary>
    public string? DeliveryForm { get; set; } = "online";

    /// <summary>The domain form.</summary>
    public ApplicationForm ToForm() => new()
    {
        Kind = Kind, Name = Name, IdType = IdType, IdNumber = IdNumber, OrganisationType = OrganisationType, CreditCode = CreditCode,
        LegalRepresentative = LegalRepresentative, ContactName = ContactName, Phone = Phone, Email = Email, Address = Address,
        Description = Description, DeliveryForm = DeliveryForm,
    };
}
