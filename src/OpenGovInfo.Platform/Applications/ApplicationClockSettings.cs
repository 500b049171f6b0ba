using Microsoft.Extensions.Configuration;
using OpenGovInfo.Domain.Applications;

namespace OpenGovInfo.Platform.Applications;

/// <summary>
/// The installation's choices where the regulation leaves room (regulation-deadlines.md AP-4c, FEE-6), from
/// configuration: <c>Applications:FeePausesClock</c> (default true), <c>Applications:ConsultationExcludesSendingDay</c>
/// (default false), <c>Applications:ConsultationExcludesResponseDay</c> (default true). Changing one re-derives every
/// open case the next time it is read (the log stores facts, not deadlines).
/// </summary>
public static class ApplicationClockSettings
{
    /// <summary>The settings in <paramref name="configuration"/>.</summary>
    public static ClockSettings From(IConfiguration configuration) => new(
        configuration.GetValue("Applications:FeePausesClock", ClockSettings.Default.FeePausesClock),
        configuration.GetValue("Applications:ConsultationExcludesSendingDay", ClockSettings.Default.ConsultationExcludesSendingDay),
        configuration.GetValue("Applications:ConsultationExcludesResponseDay", ClockSettings.Default.ConsultationExcludesResponseDay));
}
