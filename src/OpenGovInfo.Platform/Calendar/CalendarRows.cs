namespace OpenGovInfo.Platform.Calendar;

/// <summary>An official year of the working-day calendar: the notice that fixed it.</summary>
public sealed class CalendarYearRow
{
    /// <summary>The year arranged.</summary>
    public int Year { get; set; }

    /// <summary>The yearly notice's title.</summary>
    public string Title { get; set; } = string.Empty;

    /// <summary>国办发明电〔…〕N号, when known.</summary>
    public string? DocumentNumber { get; set; }

    /// <summary>The notice's date, when known.</summary>
    public DateOnly? IssuedOn { get; set; }

    /// <summary>Last change (UTC): seeding, an import or an amendment.</summary>
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Who made the last change (user name, or “system” for the shipped years).</summary>
    public string UpdatedBy { get; set; } = string.Empty;
}

/// <summary>One row of the calendar: a weekday off or a weekend working day, in the year whose notice set it.</summary>
public sealed class CalendarDayRow
{
    /// <summary>The date.</summary>
    public DateOnly Date { get; set; }

    /// <summary>The notice year it belongs to (2019 for 2018-12-29).</summary>
    public int Year { get; set; }

    /// <summary>True for a make-up workday (调休上班), false for a holiday.</summary>
    public bool IsWorkday { get; set; }

    /// <summary>The festival's name as printed.</summary>
    public string Name { get; set; } = string.Empty;
}

/// <summary>A notice as imported (text kept for the record), yearly or amendment.</summary>
public sealed class CalendarNoticeRow
{
    /// <summary>Database identity.</summary>
    public int Id { get; set; }

    /// <summary>The year it arranges.</summary>
    public int Year { get; set; }

    /// <summary>Title.</summary>
    public string Title { get; set; } = string.Empty;

    /// <summary>Document number.</summary>
    public string? DocumentNumber { get; set; }

    /// <summary>Date of the notice.</summary>
    public DateOnly? IssuedOn { get; set; }

    /// <summary>True for an amendment of an announced year.</summary>
    public bool IsAmendment { get; set; }

    /// <summary>The text as pasted.</summary>
    public string Text { get; set; } = string.Empty;

    /// <summary>When it was imported (UTC).</summary>
    public DateTimeOffset ImportedAt { get; set; }

    /// <summary>Who imported it.</summary>
    public string ImportedBy { get; set; } = string.Empty;
}

/// <summary>A stored deadline that a notice moved: never silently, always listed and flagged.</summary>
public sealed class DeadlineChangeRow
{
    /// <summary>Database identity.</summary>
    public int Id { get; set; }

    /// <summary>The item whose publish-by date moved.</summary>
    public int ItemId { get; set; }

    /// <summary>The notice whose import moved it.</summary>
    public int NoticeId { get; set; }

    /// <summary>The date before (null when none could be computed).</summary>
    public DateOnly? OldDue { get; set; }

    /// <summary>The date after.</summary>
    public DateOnly NewDue { get; set; }

    /// <summary>When (UTC).</summary>
    public DateTimeOffset ChangedAt { get; set; }
}
