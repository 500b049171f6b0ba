using OpenGovInfo.Domain.Publishing.Registers;

namespace OpenGovInfo.Platform.Registers;

/// <summary>A 规章 / 行政规范性文件 register row (条例 第二十条（一）).</summary>
public sealed class RegisterDocumentRow
{
    /// <summary>Identity.</summary>
    public int Id { get; set; }

    /// <summary>Agency.</summary>
    public int AgencyId { get; set; }

    /// <summary>规章 or 行政规范性文件.</summary>
    public RegisterDocumentKind Kind { get; set; }

    /// <summary>标题.</summary>
    public string Title { get; set; } = string.Empty;

    /// <summary>文号.</summary>
    public string DocumentNumber { get; set; } = string.Empty;

    /// <summary>发布日期.</summary>
    public DateOnly IssuedOn { get; set; }

    /// <summary>废止日期.</summary>
    public DateOnly? RepealedOn { get; set; }

    /// <summary>When the row was last corrected (更正), or null; the reasons are in <see cref="RegisterEntryEventRow"/>.</summary>
    public DateTimeOffset? CorrectedAt { get; set; }

    /// <summary>
    /// When the row was withdrawn (撤回) from the public register, or null. The row stays, for the history and the
    /// audit trail, but no public page and no annual report counts it.
    /// </summary>
    public DateTimeOffset? WithdrawnAt { get; set; }
}

/// <summary>A licensing, penalty or coercion decision (条例 第二十条（五）（六）).</summary>
public sealed class RegisterDecisionRow
{
    /// <summary>Identity.</summary>
    public int Id { get; set; }

    /// <summary>Agency.</summary>
    public int AgencyId { get; set; }

    /// <summary>行政许可, 行政处罚 or 行政强制.</summary>
    public EnforcementDecisionKind Kind { get; set; }

    /// <summary>决定书文号.</summary>
    public string DecisionNumber { get; set; } = string.Empty;

    /// <summary>决定日期.</summary>
    public DateOnly DecidedOn { get; set; }

    /// <summary>当事人 as published (a natural person's name is masked before storing).</summary>
    public string SubjectPublicName { get; set; } = string.Empty;

    /// <summary>Whether the party is a natural person.</summary>
    public bool IsNaturalPerson { get; set; }

    /// <summary>When the row was last corrected (更正), or null; the reasons are in <see cref="RegisterEntryEventRow"/>.</summary>
    public DateTimeOffset? CorrectedAt { get; set; }

    /// <summary>
    /// When the row was withdrawn (撤回) from the public register, or null. The row stays, for the history and the
    /// audit trail, but no public page and no annual report counts it.
    /// </summary>
    public DateTimeOffset? WithdrawnAt { get; set; }
}

/// <summary>Administrative fees collected (条例 第二十条（八）), in fen.</summary>
public sealed class RegisterFeeRow
{
    /// <summary>Identity.</summary>
    public int Id { get; set; }

    /// <summary>Agency.</summary>
    public int AgencyId { get; set; }

    /// <summary>收费项目.</summary>
    public string FeeItem { get; set; } = string.Empty;

    /// <summary>Amount in fen.</summary>
    public long AmountFen { get; set; }

    /// <summary>收费日期.</summary>
    public DateOnly CollectedOn { get; set; }

    /// <summary>When the row was last corrected (更正), or null; the reasons are in <see cref="RegisterEntryEventRow"/>.</summary>
    public DateTimeOffset? CorrectedAt { get; set; }

    /// <summary>
    /// When the row was withdrawn (撤回) from the public register, or null. The row stays, for the history and the
    /// audit trail, but no public page and no annual report counts it.
    /// </summary>
    public DateTimeOffset? WithdrawnAt { get; set; }
}
