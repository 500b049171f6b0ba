namespace OpenGovInfo.Domain.Calendar.Notices;

/// <summary>The words of a festival line that matter: dates, range and list marks, and what the dates are for.</summary>
internal enum LineTokenKind
{
    Date,
    Range,
    List,
    DayOff,        // 放假, 补休
    Work,          // 上班
    Resume,        // 起 (…起正常上班: the end of a holiday, not a make-up day)
    DeclaredDays,  // 共N天, 放假N天
    SentenceEnd,   // 。 ；
    Other,         // any other words: the dates before them are not being arranged
}

/// <summary>One token of a festival line.</summary>
internal sealed record LineToken(LineTokenKind Kind, DateMention? Date = null, int Number = 0);
