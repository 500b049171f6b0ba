namespace OpenGovInfo.Platform.Audit;

/// <summary>The digest that chains audit records. Stored per record, so that switching it never breaks older links.</summary>
public enum AuditHashAlgorithm
{
    /// <summary>SM3 (GB/T 32905-2016): the default, as 商用密码 assessments expect.</summary>
    Sm3,

    /// <summary>SHA-256, for installations that are not assessed against 商用密码.</summary>
    Sha256,
}
