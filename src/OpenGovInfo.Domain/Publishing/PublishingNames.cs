namespace OpenGovInfo.Domain.Publishing;

/// <summary>Chinese display names for the publishing enums (one place, for the timeline and the dashboard).</summary>
public static class PublishingNames
{
    /// <summary>有效 / 废止.</summary>
    public static string Of(ItemValidity validity) => validity == ItemValidity.Valid ? "有效" : "废止";

    /// <summary>The channels joined with 、, e.g. 政府网站、公示栏.</summary>
    public static string Of(PublicationChannel channels)
    {
        var names = new List<string>();
        if (channels.HasFlag(PublicationChannel.Portal)) names.Add("政府网站");
        if (channels.HasFlag(PublicationChannel.NewMedia)) names.Add("新媒体");
        if (channels.HasFlag(PublicationChannel.NoticeBoard)) names.Add("公示栏");
        return names.Count == 0 ? "未选择" : string.Join('、', names);
    }

    /// <summary>The state's name on the timeline.</summary>
    public static string Of(ItemState state) => state switch
    {
        ItemState.Draft => "草稿",
        ItemState.ConfidentialityReview => "保密审查",
        ItemState.LegalReview => "法律审核",
        ItemState.Approval => "审批",
        ItemState.Scheduled => "定时发布",
        ItemState.Published => "已发布",
        ItemState.Returned => "已退回",
        ItemState.Withdrawn => "已撤回",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };

    /// <summary>The action's name on the timeline.</summary>
    public static string Of(ReviewAction action) => action switch
    {
        ReviewAction.Create => "创建",
        ReviewAction.Submit => "提交审核",
        ReviewAction.PassConfidentialityReview => "保密审查通过",
        ReviewAction.PassLegalReview => "法律审核通过",
        ReviewAction.Approve => "批准发布",
        ReviewAction.Return => "退回",
        ReviewAction.ReleaseScheduled => "定时发布",
        ReviewAction.Withdraw => "撤回",
        ReviewAction.Revise => "重新编辑",
        ReviewAction.Correct => "更正",
        ReviewAction.RemoveAttachment => "撤下附件",
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
    };
}
