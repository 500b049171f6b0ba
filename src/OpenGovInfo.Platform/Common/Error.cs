namespace OpenGovInfo.Platform.Common;

/// <summary>An expected failure of a use case: a stable code, a Chinese message for people, and the field it concerns.</summary>
public sealed record Error(string Code, string Message, string? Field = null)
{
    /// <summary>The thing asked for does not exist.</summary>
    public static Error NotFound(string what) => new(ErrorCodes.NotFound, $"未找到{what}。");
}
