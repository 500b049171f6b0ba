using OpenGovInfo.Domain.Calendar;

namespace OpenGovInfo.Domain.Applications;

/// <summary>A consultation as derived from its events (条例 第三十二条、第三十四条).</summary>
/// <param name="Id">Its id within the case.</param>
/// <param name="Kind">Third party or co-producing agency.</param>
/// <param name="SentOn">The day the letter was sent.</param>
/// <param name="Lapse">
/// 15 working days from the day the consulted party received the letter (自收到征求意见书之日起15个工作日内); null only when
/// the calendar ends first.
/// </param>
/// <param name="RespondedOn">The day the response arrived, or null while open.</param>
public sealed record Consultation(string Id, ConsultationKind Kind, DateOnly SentOn, Deadline? Lapse, DateOnly? RespondedOn)
{
    /// <summary>条例 第三十二条、第三十四条: 15 working days.</summary>
    public const int ResponseWorkingDays = 15;

    /// <summary>True while no response has been recorded.</summary>
    public bool IsOpen => RespondedOn is null;

    /// <summary>
    /// The end of the excluded time: the response day, but never after the lapse day (time after the lapse is not
    /// "time needed to consult"); for an open consultation the lapse day, or <paramref name="closedOn"/> if earlier.
    /// </summary>
    public DateOnly EndOfExclusion(DateOnly? closedOn)
    {
        var end = RespondedOn ?? closedOn ?? Lapse?.Due ?? SentOn;
        return Lapse is { } lapse && lapse.Due < end ? lapse.Due : end;
    }

    /// <summary>The consultation's name in Chinese.</summary>
    public string Label => Kind == ConsultationKind.ThirdParty ? $"征求第三方意见（{Id}）" : $"征求其他机关意见（{Id}）";
}
