namespace OpenGovInfo.Domain.Publishing.Registers;

/// <summary>The party a decision concerns (行政相对人).</summary>
/// <param name="Name">Full name as recorded (kept internally).</param>
/// <param name="IsNaturalPerson">True for a natural person (自然人), whose name is masked when published.</param>
public sealed record DecisionSubject(string Name, bool IsNaturalPerson)
{
    /// <summary>
    /// The name as published: a natural person's name keeps its first character and masks the rest (张三 → 张*),
    /// protecting personal information (条例 第十五条; 《个人信息保护法》); organisations are shown in full. Characters
    /// are text elements, so a surname outside the BMP (𠀋) stays whole.
    /// </summary>
    public string PublicName => IsNaturalPerson ? Privacy.PersonalDataMask.PersonName(Name) : Name;
}
