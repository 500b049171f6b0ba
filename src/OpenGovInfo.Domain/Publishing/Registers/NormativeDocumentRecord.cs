namespace OpenGovInfo.Domain.Publishing.Registers;

/// <summary>A regulation or normative document in the 第二十条（一） register.</summary>
/// <param name="Kind">规章 or 行政规范性文件.</param>
/// <param name="Title">标题.</param>
/// <param name="DocumentNumber">文号, e.g. 某府规〔2024〕3号.</param>
/// <param name="IssuedOn">发布日期.</param>
/// <param name="RepealedOn">废止日期, or null while in force.</param>
public sealed record NormativeDocumentRecord(
    RegisterDocumentKind Kind, string Title, string DocumentNumber, DateOnly IssuedOn, DateOnly? RepealedOn = null)
{
    /// <summary>In force on <paramref name="date"/>: issued on or before it and not repealed on or before it.</summary>
    public bool IsInForce(DateOnly date) => IssuedOn <= date && (RepealedOn is null || RepealedOn > date);
}
