namespace OpenGovInfo.Domain.Applications;

/// <summary>国办函〔2020〕109号 第三条: one method per application, never both (FEE-1).</summary>
public enum FeeMethod
{
    /// <summary>按件计收: per application, per applicant per natural month (FEE-3).</summary>
    PerApplication,

    /// <summary>按量计收: per page of one application (FEE-4).</summary>
    PerPage,
}
