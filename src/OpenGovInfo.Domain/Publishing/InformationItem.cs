namespace OpenGovInfo.Domain.Publishing;

/// <summary>
/// A proactively disclosed information item (主动公开信息). Its review state and publish date are not fields: they
/// are derived from its <see cref="ItemEvent"/> log (<see cref="ReviewWorkflow.Replay"/>; the publish date is the China
/// date of <see cref="ItemSnapshot.FirstPublishedAt"/>).
/// </summary>
/// <param name="Title">标题.</param>
/// <param name="Body">正文.</param>
/// <param name="Attachments">附件.</param>
/// <param name="Category">信息类别.</param>
/// <param name="Topic">主题 (free classification), optional.</param>
/// <param name="IssuingAgency">发布机构.</param>
/// <param name="DocumentNumber">文号, when the item is a document that has one.</param>
/// <param name="FormedOn">生成日期: formed or last changed; the 条例 第二十六条 period runs from it.</param>
/// <param name="Validity">有效性.</param>
/// <param name="Channels">公开渠道.</param>
/// <param name="IndexNumber">索引号, assigned when the item is first published.</param>
public sealed record InformationItem(
    string Title,
    string Body,
    IReadOnlyList<ItemAttachment> Attachments,
    InformationCategory Category,
    string? Topic,
    string IssuingAgency,
    string? DocumentNumber,
    DateOnly FormedOn,
    ItemValidity Validity,
    PublicationChannel Channels,
    IndexNumber? IndexNumber = null)
{
    /// <summary>The rules an item must meet before it is submitted for review, on <paramref name="today"/> (China date).</summary>
    public IReadOnlyList<ItemFieldError> CheckForSubmission(DateOnly today)
    {
        var errors = new List<ItemFieldError>();
        if (string.IsNullOrWhiteSpace(Title))
        {
            errors.Add(new(nameof(Title), "标题不能为空"));
        }

        if (string.IsNullOrWhiteSpace(Body) && Attachments.Count == 0)
        {
            errors.Add(new(nameof(Body), "正文和附件不能都为空"));
        }

        if (string.IsNullOrWhiteSpace(IssuingAgency))
        {
            errors.Add(new(nameof(IssuingAgency), "发布机构不能为空"));
        }

        if (FormedOn > today)
        {
            errors.Add(new(nameof(FormedOn), "生成日期不能晚于今天"));
        }

        if (Channels == PublicationChannel.None)
        {
            errors.Add(new(nameof(Channels), "至少选择一个公开渠道"));
        }

        // Design decision (not a quoted rule): regulations and normative documents are identified by their 文号.
        if (Category.RequiresLegalReview && string.IsNullOrWhiteSpace(DocumentNumber))
        {
            errors.Add(new(nameof(DocumentNumber), $"{Category.Name}必须填写文号"));
        }

        return errors;
    }
}
