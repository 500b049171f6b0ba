namespace OpenGovInfo.Domain.Calendar.Notices;

/// <summary>A problem found in a pasted notice, with its 1-based line number (0: the text as a whole).</summary>
/// <param name="Line">1-based line of the pasted text, or 0 for the whole text.</param>
/// <param name="Message">What is wrong, in Chinese, quoting the offending words.</param>
public sealed record NoticeError(int Line, string Message)
{
    /// <inheritdoc />
    public override string ToString() => Line > 0 ? $"第 {Line} 行：{Message}" : Message;
}
