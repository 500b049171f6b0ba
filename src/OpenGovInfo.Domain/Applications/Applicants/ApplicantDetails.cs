namespace OpenGovInfo.Domain.Applications.Applicants;

/// <summary>
/// A checked applicant: personal data (证件号码, 联系方式) visible only to the handling agency's staff, masked in lists
/// (<see cref="PersonalDataMask"/>) and never public.
/// </summary>
/// <param name="Kind">The annual-report column (自然人 or one of the five organisation types).</param>
/// <param name="Name">姓名 / 名称.</param>
/// <param name="IdType">Natural person's document type.</param>
/// <param name="IdNumber">Natural person's document number, normalised.</param>
/// <param name="CreditCode">Organisation's 统一社会信用代码.</param>
/// <param name="LegalRepresentative">Organisation's 法定代表人或者负责人.</param>
/// <param name="ContactName">Organisation's contact person.</param>
/// <param name="Phone">Phone, normalised.</param>
/// <param name="Email">E-mail, or null.</param>
/// <param name="Address">Postal address, or null.</param>
public sealed record ApplicantDetails(
    ApplicantKind Kind,
    string Name,
    IdDocumentType? IdType,
    string? IdNumber,
    string? CreditCode,
    string? LegalRepresentative,
    string? ContactName,
    string Phone,
    string? Email,
    string? Address)
{
    /// <summary>True for 自然人.</summary>
    public bool IsNaturalPerson => Kind == ApplicantKind.NaturalPerson;

    /// <summary>The identifying number (ID number or credit code): who the applicant is, for 重复申请.</summary>
    public string Identifier => (IsNaturalPerson ? IdNumber : CreditCode) ?? string.Empty;
}
