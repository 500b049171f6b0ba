using OpenGovInfo.Domain.Publishing;

namespace OpenGovInfo.Platform.Publishing;

/// <summary>
/// A proactively disclosed information item (主动公开信息) as stored. The event log (<see cref="ItemEventRow"/>) is the
/// truth; <see cref="State"/>, <see cref="PublishedAt"/> and <see cref="SearchText"/> are denormalised from it in the
/// same transaction so that public lists and search need no replay.
/// </summary>
public sealed class Item
{
    /// <summary>Longest title accepted.</summary>
    public const int TitleMaxLength = 200;

    /// <summary>Longest body accepted, in characters of sanitised HTML.</summary>
    public const int BodyMaxLength = 200_000;

    /// <summary>Database identity.</summary>
    public int Id { get; set; }

    /// <summary>The agency that owns (and numbers) the item.</summary>
    public int AgencyId { get; set; }

    /// <summary>标题.</summary>
    public string Title { get; set; } = string.Empty;

    /// <summary>正文, sanitised HTML.</summary>
    public string BodyHtml { get; set; } = string.Empty;

    /// <summary>正文 as plain text (for snippets and the search index).</summary>
    public string BodyText { get; set; } = string.Empty;

    /// <summary><see cref="InformationCategory.Code"/>.</summary>
    public string CategoryCode { get; set; } = InformationCategory.Other.Code;

    /// <summary>主题, optional.</summary>
    public string? Topic { get; set; }

    /// <summary>发布机构 as printed.</summary>
    public string IssuingAgency { get; set; } = string.Empty;

    /// <summary>文号.</summary>
    public string? DocumentNumber { get; set; }

    /// <summary>生成日期; the 条例 第二十六条 20-working-day period runs from it.</summary>
    public DateOnly FormedOn { get; set; }

    /// <summary>Statutory publish-by date (China calendar), stored when it could be computed.</summary>
    public DateOnly? PublishBy { get; set; }

    /// <summary>True when <see cref="PublishBy"/> was counted on a provisional year (暂定，以国务院办公厅通知为准).</summary>
    public bool PublishByProvisional { get; set; }

    /// <summary>The publish-by date before a holiday notice moved it (shown with the new one), or null.</summary>
    public DateOnly? PublishByBefore { get; set; }

    /// <summary>有效性.</summary>
    public ItemValidity Validity { get; set; }

    /// <summary>公开渠道 (recorded).</summary>
    public PublicationChannel Channels { get; set; }

    /// <summary>Current state, replayed from the events.</summary>
    public ItemState State { get; set; }

    /// <summary>First publication instant (UTC).</summary>
    public DateTimeOffset? PublishedAt { get; set; }

    /// <summary>Release instant while scheduled (UTC).</summary>
    public DateTimeOffset? ScheduledFor { get; set; }

    /// <summary>索引号 text, assigned on first publication; unique per agency.</summary>
    public string? IndexNumber { get; set; }

    /// <summary>Year of the index number.</summary>
    public int? IndexYear { get; set; }

    /// <summary>Sequence of the index number.</summary>
    public int? IndexSequence { get; set; }

    /// <summary>Segmented title + body while public, null otherwise; the databases' full-text indexes read it.</summary>
    public string? SearchText { get; set; }

    /// <summary>Created (UTC).</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Last change (UTC).</summary>
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The category.</summary>
    public InformationCategory Category => InformationCategory.FromCode(CategoryCode) ?? InformationCategory.Other;

    /// <summary>True when the public may see it (published; withdrawn items are not).</summary>
    public bool IsPublic => State == ItemState.Published;
}
