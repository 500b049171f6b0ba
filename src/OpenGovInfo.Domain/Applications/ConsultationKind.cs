namespace OpenGovInfo.Domain.Applications;

/// <summary>Whom the agency consults before deciding (条例 第三十二条、第三十四条).</summary>
public enum ConsultationKind
{
    /// <summary>征求第三方意见 (第三十二条): the third party has 15 working days; silence → the agency decides.</summary>
    ThirdParty,

    /// <summary>征求其他机关意见 (第三十四条): a co-producing agency has 15 working days; silence → deemed consent.</summary>
    CoProducingAgency,
}
