namespace OpenGovInfo.Domain.Publishing.Registers;

/// <summary>Table 2 figures for one kind of document in one year.</summary>
/// <param name="IssuedThisYear">本年制发件数: issued in the year.</param>
/// <param name="RepealedThisYear">本年废止件数: repealed in the year.</param>
/// <param name="InForceAtYearEnd">现行有效件数: in force on 31 December.</param>
public sealed record DocumentFigures(int IssuedThisYear, int RepealedThisYear, int InForceAtYearEnd)
{
    /// <summary>Counts <paramref name="documents"/> for <paramref name="year"/>.</summary>
    public static DocumentFigures Of(IEnumerable<NormativeDocumentRecord> documents, int year)
    {
        var list = documents.ToList();
        var yearEnd = new DateOnly(year, 12, 31);
        return new DocumentFigures(
            list.Count(d => d.IssuedOn.Year == year),
            list.Count(d => d.RepealedOn?.Year == year),
            list.Count(d => d.IsInForce(yearEnd)));
    }
}
