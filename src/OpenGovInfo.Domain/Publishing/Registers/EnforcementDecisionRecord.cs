namespace OpenGovInfo.Domain.Publishing.Registers;

/// <summary>A licensing, penalty or coercion decision in the 第二十条（五）（六） register.</summary>
/// <param name="Kind">行政许可, 行政处罚 or 行政强制.</param>
/// <param name="DecisionNumber">决定书文号.</param>
/// <param name="DecidedOn">决定日期.</param>
/// <param name="Subject">The party; masked on publication when a natural person.</param>
public sealed record EnforcementDecisionRecord(
    EnforcementDecisionKind Kind, string DecisionNumber, DateOnly DecidedOn, DecisionSubject Subject);
