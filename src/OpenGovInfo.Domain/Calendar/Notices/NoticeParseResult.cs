namespace OpenGovInfo.Domain.Calendar.Notices;

/// <summary>A parsed notice, or every error found (never both).</summary>
public sealed class NoticeParseResult
{
    private NoticeParseResult(HolidayNotice? notice, IReadOnlyList<NoticeError> errors)
    {
        Notice = notice;
        Errors = errors;
    }

    /// <summary>The notice when the text passed every check.</summary>
    public HolidayNotice? Notice { get; }

    /// <summary>Every problem, in line order; empty on success.</summary>
    public IReadOnlyList<NoticeError> Errors { get; }

    /// <summary>True when <see cref="Notice"/> is set.</summary>
    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(true, nameof(Notice))]
    public bool IsSuccess => Notice is not null;

    internal static NoticeParseResult Success(HolidayNotice notice) => new(notice, []);

    internal static NoticeParseResult Failure(IReadOnlyList<NoticeError> errors) => new(null, errors);
}
