using Microsoft.Extensions.Configuration;

namespace OpenGovInfo.Platform.Applications;

/// <summary>
/// How many applications one applicant may submit online in 24 hours, across every agency of the installation
/// (<c>Applications:SubmissionsPerApplicantPerDay</c>, default 20; 0 switches it off). The per-address limit cannot
/// see one person working from many addresses; this one follows the applicant's keyed identity hash, so it holds
/// across addresses and across web nodes (it counts stored cases, not an in-memory window). Registrations by staff
/// (letters, counter visits) are never limited: the regulation gives no ground to refuse them for frequency, and the
/// 条例 第三十五条 route (asking for reasons, extending the time) is the agency's to take, not the platform's.
/// </summary>
public sealed record ApplicantSubmissionLimit(int PerDay)
{
    /// <summary>The rolling window the limit counts over.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromHours(24);

    /// <summary>The default limit.</summary>
    public const int DefaultPerDay = 20;

    /// <summary>The limit in <paramref name="configuration"/>.</summary>
    public static ApplicantSubmissionLimit From(IConfiguration configuration) =>
        new(configuration.GetValue("Applications:SubmissionsPerApplicantPerDay", DefaultPerDay));

    /// <summary>True when the installation does not limit applicants.</summary>
    public bool IsOff => PerDay <= 0;
}
