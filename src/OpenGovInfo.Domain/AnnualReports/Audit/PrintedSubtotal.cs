namespace OpenGovInfo.Domain.AnnualReports.Audit;

/// <summary>
/// A Table 3 subtotal some published layouts print and the canonical report has no place for (C4): the
/// 法人或其他组织 小计 column beside the five organisation columns, or a （三）…（六） category row's own figures.
/// The reader keeps them as printed so the audit can check them against their parts.
/// </summary>
/// <param name="Row">The Table 3 row code (<c>granted</c>), or a category's code with <c>.subtotal</c> for a category's
/// subtotal row (<c>withheld.subtotal</c>).</param>
/// <param name="Column">An applicant column code (<c>natural_person</c> … <c>total</c>), or
/// <see cref="OrganisationColumn"/> for the 小计 column.</param>
/// <param name="Value">The printed value; null when the cell is blank.</param>
/// <param name="Page">1-based page it was printed on, when known.</param>
/// <param name="Line">1-based line, when known.</param>
public sealed record PrintedSubtotal(string Row, string Column, decimal? Value, int? Page = null, int? Line = null)
{
    /// <summary>The column code of the 法人或其他组织 小计 column.</summary>
    public const string OrganisationColumn = "organisation_subtotal";

    /// <summary>The suffix of a category subtotal row's code.</summary>
    public const string CategorySuffix = ".subtotal";

    /// <summary>The cell path (<c>applications.granted.organisation_subtotal</c>).</summary>
    public string Path => $"applications.{Row}.{Column}";
}
