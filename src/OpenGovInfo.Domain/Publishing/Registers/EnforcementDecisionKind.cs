namespace OpenGovInfo.Domain.Publishing.Registers;

/// <summary>条例 第二十条（五）（六）: the kinds of decision counted in Table 2.</summary>
public enum EnforcementDecisionKind
{
    /// <summary>行政许可 (report item <c>administrative_licensing</c>).</summary>
    Licensing,

    /// <summary>行政处罚 (report item <c>administrative_penalty</c>).</summary>
    Penalty,

    /// <summary>行政强制 (report item <c>administrative_coercion</c>).</summary>
    Coercion,
}
