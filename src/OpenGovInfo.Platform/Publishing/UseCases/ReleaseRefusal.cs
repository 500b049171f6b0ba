namespace OpenGovInfo.Platform.Publishing;

/// <summary>A due 定时发布 item the workflow refused to release, and why (in Chinese); it stays scheduled.</summary>
/// <param name="ItemId">The item.</param>
/// <param name="Message">The workflow's reason.</param>
public sealed record ReleaseRefusal(int ItemId, string Message);
