using System.ComponentModel.DataAnnotations;
using OpenGovInfo.Domain.Publishing;
using OpenGovInfo.Platform.Publishing;

namespace OpenGovInfo.Web.Areas.Staff.Pages.Agencies.Items;

/// <summary>The item form (new and edit).</summary>
public sealed class ItemForm
{
    /// <summary>标题.</summary>
    [Required(ErrorMessage = "请填写标题。")]
    [StringLength(Item.TitleMaxLength, ErrorMessage = "标题不能超过 {1} 个字。")]
    public string? Title { get; set; }

    /// <summary>正文 (HTML, sanitised on save).</summary>
    public string? BodyHtml { get; set; }

    /// <summary>信息类别 code.</summary>
    [Required(ErrorMessage = "请选择信息类别。")]
    public string? CategoryCode { get; set; } = InformationCategory.WorkUpdates.Code;

    /// <summary>主题.</summary>
    public string? Topic { get; set; }

    /// <summary>文号.</summary>
    public string? DocumentNumber { get; set; }

    /// <summary>生成日期.</summary>
    [Required(ErrorMessage = "请填写生成日期。")]
    public DateOnly? FormedOn { get; set; }

    /// <summary>有效性.</summary>
    public ItemValidity Validity { get; set; }

    /// <summary>公开渠道: 门户网站.</summary>
    public bool Portal { get; set; } = true;

    /// <summary>公开渠道: 新媒体.</summary>
    public bool NewMedia { get; set; }

    /// <summary>公开渠道: 公示栏.</summary>
    public bool NoticeBoard { get; set; }

    /// <summary>The use case's input.</summary>
    public ItemInput ToInput() => new(Title, BodyHtml, CategoryCode, Topic, DocumentNumber, FormedOn ?? default, Validity,
        (Portal ? PublicationChannel.Portal : 0) | (NewMedia ? PublicationChannel.NewMedia : 0) | (NoticeBoard ? PublicationChannel.NoticeBoard : 0));

    /// <summary>The form filled from a stored item.</summary>
    public static ItemForm From(ItemDetails item) => new()
    {
        Title = item.Summary.Title,
        BodyHtml = item.BodyHtml,
        CategoryCode = item.Summary.CategoryCode,
        Topic = item.Summary.Topic,
        DocumentNumber = item.DocumentNumber,
        FormedOn = item.Summary.FormedOn,
        Validity = item.Validity,
        Portal = item.Channels.HasFlag(PublicationChannel.Portal),
        NewMedia = item.Channels.HasFlag(PublicationChannel.NewMedia),
        NoticeBoard = item.Channels.HasFlag(PublicationChannel.NoticeBoard),
    };
}
