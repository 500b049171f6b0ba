namespace OpenGovInfo.Domain.Applications.Applicants;

/// <summary>The identity document a natural person applies with (申请人身份证明, 条例 第二十九条).</summary>
public enum IdDocumentType
{
    /// <summary>居民身份证 — checked against GB 11643.</summary>
    ResidentIdCard = 1,

    /// <summary>护照.</summary>
    Passport = 2,

    /// <summary>港澳居民来往内地通行证.</summary>
    HongKongMacaoPermit = 3,

    /// <summary>台湾居民来往大陆通行证.</summary>
    TaiwanPermit = 4,

    /// <summary>外国人永久居留身份证.</summary>
    ForeignPermanentResidentCard = 5,

    /// <summary>其他有效身份证件.</summary>
    Other = 9,
}

/// <summary>Names and codes of <see cref="IdDocumentType"/>.</summary>
public static class IdDocumentTypes
{
    /// <summary>Every type, in form order.</summary>
    public static IReadOnlyList<IdDocumentType> All { get; } = Enum.GetValues<IdDocumentType>();

    /// <summary>The Chinese name.</summary>
    public static string Name(this IdDocumentType type) => type switch
    {
        IdDocumentType.ResidentIdCard => "居民身份证",
        IdDocumentType.Passport => "护照",
        IdDocumentType.HongKongMacaoPermit => "港澳居民来往内地通行证",
        IdDocumentType.TaiwanPermit => "台湾居民来往大陆通行证",
        IdDocumentType.ForeignPermanentResidentCard => "外国人永久居留身份证",
        _ => "其他有效身份证件",
    };

    /// <summary>The API code, e.g. <c>resident_id</c>.</summary>
    public static string Code(this IdDocumentType type) => type switch
    {
        IdDocumentType.ResidentIdCard => "resident_id",
        IdDocumentType.Passport => "passport",
        IdDocumentType.HongKongMacaoPermit => "hk_macao_permit",
        IdDocumentType.TaiwanPermit => "taiwan_permit",
        IdDocumentType.ForeignPermanentResidentCard => "foreign_permanent_resident",
        _ => "other",
    };

    /// <summary>The type for an API code or a name, or null.</summary>
    public static IdDocumentType? Parse(string? text) =>
        All.Where(t => string.Equals(t.Code(), text, StringComparison.OrdinalIgnoreCase) || t.Name() == text)
            .Cast<IdDocumentType?>().FirstOrDefault();
}
