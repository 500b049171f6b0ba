namespace OpenGovInfo.Domain.Calendar;

/// <summary>A problem in the calendar CSV, with the 1-based line number (the header is line 1).</summary>
/// <param name="Line">1-based line number in the CSV text.</param>
/// <param name="Message">What is wrong, in Chinese, including the offending text.</param>
public sealed record CalendarParseError(int Line, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"第 {Line} 行：{Message}";
}
