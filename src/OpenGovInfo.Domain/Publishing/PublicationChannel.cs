namespace OpenGovInfo.Domain.Publishing;

/// <summary>Where an item is published (公开渠道; 条例 第二十三条、第二十四条). Several may be combined.</summary>
[Flags]
public enum PublicationChannel
{
    /// <summary>No channel chosen yet.</summary>
    None = 0,

    /// <summary>政府网站 (the portal).</summary>
    Portal = 1,

    /// <summary>新媒体 (政务微博、微信等).</summary>
    NewMedia = 2,

    /// <summary>公示栏 (physical notice board).</summary>
    NoticeBoard = 4,
}
