using OpenGovInfo.Domain.Calendar;

namespace OpenGovInfo.Domain.Applications;

/// <summary>The reply period with its excluded periods (AP-5a).</summary>
internal sealed partial class CaseReplay
{
    internal int CurrentReplyWorkingDays => ReplyWorkingDays + (Extension?.WorkingDays ?? 0);

    /// <summary>
    /// The periods excluded from the reply period, ordered by start: consultations (条例 第三十三条第三款) and, when
    /// <see cref="ClockSettings.FeePausesClock"/>, awaiting payment (FEE-6). Open periods run to their latest end.
    /// </summary>
    internal IReadOnlyList<ExcludedPeriod> Periods(DateOnly? closedOn)
    {
        if (Consultations.Count == 0 && (Fee is null || !Settings.FeePausesClock))
        {
            return [];
        }

        var periods = new List<ExcludedPeriod>(Consultations.Count + 1);
        foreach (var c in Consultations)
        {
            // AP-4 convention (configurable): the sending day counts for the agency; the response day is excluded.
            var after = Settings.ConsultationExcludesSendingDay ? c.SentOn.AddDays(-1) : c.SentOn;
            var end = c.EndOfExclusion(closedOn);
            var through = Settings.ConsultationExcludesResponseDay ? end : end.AddDays(-1);
            periods.Add(new ExcludedPeriod(ExclusionKind.Consultation, after, through, c.IsOpen && closedOn is null, c));
        }

        if (Settings.FeePausesClock && Fee is { } fee)
        {
            // FEE-6 (setting): the working days in (notice issued, paid] do not count.
            var through = fee.PaidOn ?? (closedOn is { } closed && (fee.PaymentDeadline is null || closed < fee.PaymentDeadline.Due)
                ? closed : fee.PaymentDeadline?.Due ?? fee.IssuedOn);
            periods.Add(new ExcludedPeriod(ExclusionKind.FeePayment, fee.IssuedOn, through, fee.PaidOn is null && closedOn is null));
        }

        if (periods.Count > 1)
        {
            periods.Sort(static (a, b) => a.After.CompareTo(b.After));
        }

        return periods;
    }

    /// <summary>The reply deadline counting <paramref name="workingDays"/>, or null while awaiting a supplement or past the calendar.</summary>
    internal DateOnly? ReplyDue(int workingDays, DateOnly? closedOn) =>
        !AwaitingSupplement && ReplyClock.TryDue(Calendar, ClockStart, workingDays, Periods(closedOn), out var due) ? due : null;

    /// <summary>A statutory deadline counted on the calendar, or null where the calendar ends first.</summary>
    internal Deadline? SetDeadline(DateOnly start, int workingDays, string legalBasis) =>
        Calendar.TryAddWorkingDays(start, workingDays, out var due)
            ? new Deadline(start, workingDays, due, legalBasis, Calendar.Version, Calendar.IsProvisionalCount(start, due))
            : null;

    internal Deadline? ReplyDeadline(int workingDays, IReadOnlyList<ExcludedPeriod> periods)
    {
        if (AwaitingSupplement || !ReplyClock.TryDue(Calendar, ClockStart, workingDays, periods, out var due))
        {
            return null;
        }

        var supplemented = Rounds.Count > 0 && Rounds[0].SupplementedOn is not null;
        var basis = (supplemented, workingDays > ReplyWorkingDays) switch
        {
            (false, false) => "条例 第三十三条",
            (true, false) => "条例 第三十三条、第三十条",
            (false, true) => "条例 第三十三条（延长）",
            _ => "条例 第三十三条、第三十条（延长）",
        };

        return new Deadline(ClockStart, workingDays, due, basis, Calendar.Version, Calendar.IsProvisionalCount(ClockStart, due));
    }
}
