using OpenGovInfo.Domain.Applications;

namespace OpenGovInfo.Platform.AnnualReports;

/// <summary>
/// The cases of one applicant kind and outcome (null while open) that touch a year, counted by the database for
/// Table 3 (see <see cref="ApplicationsTableCompiler.CompileCounts"/>): the same tests as the per-case compile, done as
/// a GROUP BY, for the roll-up and the dashboard, which need every agency's numbers and no agency's case list.
/// </summary>
/// <param name="AgencyId">The agency.</param>
/// <param name="ApplicantKind">The column.</param>
/// <param name="OutcomeCode">The outcome row of the closed ones.</param>
/// <param name="NewReceived">Received in the year.</param>
/// <param name="CarriedOver">Open at the end of the previous 31 December.</param>
/// <param name="Closed">Closed in the year.</param>
/// <param name="CarriedForward">Open at the end of this 31 December.</param>
public sealed record CaseCounts(int AgencyId, ApplicantKind ApplicantKind, string? OutcomeCode, int NewReceived, int CarriedOver, int Closed, int CarriedForward);
