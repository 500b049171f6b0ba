namespace OpenGovInfo.Domain.Publishing.Registers;

/// <summary>Administrative fees collected (第二十条（八）), money as integer fen.</summary>
/// <param name="FeeItem">收费项目.</param>
/// <param name="AmountFen">The amount in fen (分).</param>
/// <param name="CollectedOn">收费日期.</param>
public sealed record FeeCollectionRecord(string FeeItem, long AmountFen, DateOnly CollectedOn);
