namespace OpenGovInfo.Platform.Applications;

/// <summary>One view of an applicant's personal data by staff (who, when, from where): the record 条例 and 等保 ask for.</summary>
public sealed class PersonalDataViewRow
{
    /// <summary>Database identity.</summary>
    public long Id { get; set; }

    /// <summary>The application.</summary>
    public int ApplicationId { get; set; }

    /// <summary>Staff id.</summary>
    public string ActorId { get; set; } = string.Empty;

    /// <summary>Staff name.</summary>
    public string ActorName { get; set; } = string.Empty;

    /// <summary>Remote address.</summary>
    public string? Address { get; set; }

    /// <summary>What was viewed (e.g. 案件详情, 答复书下载).</summary>
    public string Purpose { get; set; } = string.Empty;

    /// <summary>When (UTC).</summary>
    public DateTimeOffset At { get; set; }
}
