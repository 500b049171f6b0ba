using OpenGovInfo.Domain.AnnualReports;
using OpenGovInfo.Domain.Publishing;

namespace OpenGovInfo.Domain.Tests.Publishing;

public class InformationCategoryTests
{
    [Fact]
    public void General_categories_carry_the_exact_names_from_the_issue() =>
        Assert.Equal(["工作动态", "计划总结", "人事信息", "行政执法信息", "其他"],
            InformationCategory.All.Where(c => c.Article20Clause is null).Select(c => c.Name));

    [Fact]
    public void Codes_are_unique_and_article_20_clauses_one_to_fifteen_are_all_present()
    {
        Assert.Equal(InformationCategory.All.Count, InformationCategory.All.Select(c => c.Code).Distinct().Count());
        Assert.Equal(Enumerable.Range(1, 15), InformationCategory.All.Select(c => c.Article20Clause).OfType<int>().Distinct().Order());
    }

    [Fact]
    public void Every_table_2_item_of_the_2021_format_has_a_category()
    {
        var reportItems = NationalFormats.Format2021.ProactiveItems.Select(i => i.Code).Order(StringComparer.Ordinal);
        var linked = InformationCategory.All.Select(c => c.ReportItemCode).OfType<string>().Order(StringComparer.Ordinal);
        Assert.Equal(reportItems, linked);
    }

    [Fact]
    public void Normative_documents_need_legal_review_and_work_updates_do_not()
    {
        Assert.True(ReviewWorkflow.For(InformationCategory.NormativeDocuments).LegalReviewRequired);
        Assert.False(ReviewWorkflow.For(InformationCategory.WorkUpdates).LegalReviewRequired);
        Assert.Same(InformationCategory.Personnel, InformationCategory.FromCode("personnel"));
    }

    [Fact]
    public void Channels_combine_and_have_chinese_names() =>
        Assert.Equal("政府网站、公示栏", PublishingNames.Of(PublicationChannel.Portal | PublicationChannel.NoticeBoard));
}
