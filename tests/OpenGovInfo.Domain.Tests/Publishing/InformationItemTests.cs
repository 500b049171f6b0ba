using OpenGovInfo.Domain.Publishing;

namespace OpenGovInfo.Domain.Tests.Publishing;

public class InformationItemTests
{
    private static readonly DateOnly Today = new(2025, 3, 3);

    private static readonly InformationItem Valid = new(
        "关于2025年政务公开工作要点的通知", "正文……", [], InformationCategory.NormativeDocuments, "政务公开",
        "某市人民政府办公室", "某府办规〔2025〕1号", new DateOnly(2025, 2, 28), ItemValidity.Valid, PublicationChannel.Portal);

    [Fact]
    public void A_complete_item_can_be_submitted() => Assert.Empty(Valid.CheckForSubmission(Today));

    [Fact]
    public void Each_missing_fact_is_named()
    {
        var item = Valid with
        {
            Title = " ", Body = "", IssuingAgency = "", FormedOn = Today.AddDays(1),
            Channels = PublicationChannel.None, DocumentNumber = null,
        };
        Assert.Equal(["Title", "Body", "IssuingAgency", "FormedOn", "Channels", "DocumentNumber"],
            item.CheckForSubmission(Today).Select(e => e.Field));
    }

    [Fact]
    public void An_attachment_may_stand_in_for_the_body_and_work_updates_need_no_document_number()
    {
        var item = Valid with
        {
            Body = "", Category = InformationCategory.WorkUpdates, DocumentNumber = null,
            Attachments = [new ItemAttachment("要点.pdf", "application/pdf", 1024, new string('0', 64))],
        };
        Assert.Empty(item.CheckForSubmission(Today));
    }
}
