namespace OpenGovInfo.Domain.Applications;

/// <summary>The one extension of the reply period (条例 第三十三条第二款).</summary>
/// <param name="ApprovedOn">The day the head of the OGI unit approved.</param>
/// <param name="ApprovedBy">Who approved.</param>
/// <param name="NotifiedOn">The day the applicant was told.</param>
/// <param name="WorkingDays">1–20.</param>
public sealed record Extension(DateOnly ApprovedOn, string ApprovedBy, DateOnly NotifiedOn, int WorkingDays)
{
    /// <summary>条例 第三十三条第二款: 延长的期限最长不得超过20个工作日.</summary>
    public const int MaxWorkingDays = 20;
}
