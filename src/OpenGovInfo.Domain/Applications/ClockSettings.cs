namespace OpenGovInfo.Domain.Applications;

/// <summary>The choices the regulation leaves open, as settings (regulation-deadlines.md AP-4 implementation, FEE-6).</summary>
/// <param name="FeePausesClock">
/// FEE-6 [unverified]: the working days in (fee notice issued, paid] do not count towards the reply period. Default true,
/// provisional until the national article is read.
/// </param>
/// <param name="ConsultationExcludesSendingDay">AP-4c: the day the consultation letter is sent is excluded too (default: it still counts for the agency).</param>
/// <param name="ConsultationExcludesResponseDay">AP-4c: the day the response arrives (or the lapse day) is excluded (default: yes).</param>
public sealed record ClockSettings(bool FeePausesClock = true, bool ConsultationExcludesSendingDay = false, bool ConsultationExcludesResponseDay = true)
{
    /// <summary>The defaults of regulation-deadlines.md.</summary>
    public static ClockSettings Default { get; } = new();
}
