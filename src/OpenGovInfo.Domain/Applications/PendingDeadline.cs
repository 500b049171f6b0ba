using OpenGovInfo.Domain.Calendar;

namespace OpenGovInfo.Domain.Applications;

/// <summary>What a pending deadline is for.</summary>
public enum PendingKind
{
    /// <summary>答复 (agency; 条例 第三十三条).</summary>
    Reply,

    /// <summary>补正告知 (agency; 条例 第三十条) — only if the application needs a supplement.</summary>
    SupplementNotice,

    /// <summary>补正 (applicant; the period the agency set).</summary>
    Supplement,

    /// <summary>征求意见期满 (consulted party; 条例 第三十二条、第三十四条).</summary>
    ConsultationLapse,

    /// <summary>缴费 (applicant; FEE-5).</summary>
    Payment,
}

/// <summary>An open deadline of a case, for work queues.</summary>
/// <param name="Kind">What it is for.</param>
/// <param name="Due">The last day.</param>
/// <param name="Deadline">The statutory deadline record, or null for a date set by the agency (补正期限, 条例 第三十五条).</param>
/// <param name="OnAgency">True when the agency must act by then (overdue is the agency's fault).</param>
/// <param name="Status">Days left against today.</param>
public sealed record PendingDeadline(PendingKind Kind, DateOnly Due, Deadline? Deadline, bool OnAgency, DueStatus Status)
{
    /// <summary>The kind in Chinese.</summary>
    public string Name => Kind.Name();
}

/// <summary>Names of <see cref="PendingKind"/>.</summary>
public static class PendingKinds
{
    /// <summary>The kind in Chinese, e.g. 答复期限.</summary>
    public static string Name(this PendingKind kind) => kind switch
    {
        PendingKind.Reply => "答复期限",
        PendingKind.SupplementNotice => "补正告知期限",
        PendingKind.Supplement => "补正期限",
        PendingKind.ConsultationLapse => "征求意见期限",
        _ => "缴费期限",
    };
}
