namespace OpenGovInfo.Domain.Calendar;

/// <summary>What a day is in a working-day count.</summary>
public enum DayKind
{
    /// <summary>An ordinary Monday–Friday: counted.</summary>
    Workday,

    /// <summary>An ordinary Saturday or Sunday: skipped.</summary>
    Weekend,

    /// <summary>A weekday off for a festival (放假): skipped.</summary>
    Holiday,

    /// <summary>A weekend day worked for a festival (调休上班): counted.</summary>
    MakeUpWorkday,
}
