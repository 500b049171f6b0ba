namespace OpenGovInfo.Domain.AnnualReports.Audit;

/// <summary>A section heading as printed: its ordinal, the statutory section it names, and where.</summary>
/// <param name="Printed">The ordinal printed (1 for 一、).</param>
/// <param name="Section">The statutory section 1–6 the words name.</param>
/// <param name="Line">The line it is on.</param>
/// <param name="Offset">Where it starts in <see cref="ReportText.Compact"/>.</param>
/// <param name="Heading">The heading's words (up to the next punctuation or figure, at most 24 characters).</param>
public sealed record OutlineHeading(int Printed, int Section, TextLine Line, int Offset, string Heading);
