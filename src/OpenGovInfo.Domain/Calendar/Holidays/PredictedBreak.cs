namespace OpenGovInfo.Domain.Calendar.Holidays;

/// <summary>A festival's break as the 放假调休原则 would arrange it: the days off and the weekend days worked.</summary>
/// <param name="Name">The calendar name (国庆节、中秋节 when merged).</param>
/// <param name="Holiday">First to last day off.</param>
/// <param name="StatutoryDays">How many statutory days the break carries (4 for 春节 from 2025, 3 + 1 when merged …).</param>
/// <param name="MakeUpWorkdays">The weekend days worked to lengthen the break.</param>
public sealed record PredictedBreak(string Name, DateRange Holiday, int StatutoryDays, IReadOnlyList<DateOnly> MakeUpWorkdays);
