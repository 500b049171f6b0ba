using OpenGovInfo.Documents.Reading;
using OpenGovInfo.Testing;

namespace OpenGovInfo.Documents.Tests.Reading;

/// <summary>The narrative sections are cut at their headings, wherever in a paragraph the heading is printed.</summary>
public class SectionSplitTests
{
    private static Dictionary<string, string> Sections(string path)
    {
        var result = AnnualReportReader.ReadFile(path);
        Assert.True(result.Succeeded, result.Error);
        return new Dictionary<string, string>(result.Report!.Sections);
    }

    [Fact]
    public void The_seed_has_its_three_narrative_sections_without_title_or_headings()
    {
        var sections = Sections(Path.Combine(SharedPaths.Shared, "seed", "000_0c83cc9a10e64a4b.txt"));
        Assert.StartsWith("平桥区科学技术和工业信息化局依据", sections["overview"], StringComparison.Ordinal);
        Assert.DoesNotContain("年度报告", sections["overview"], StringComparison.Ordinal);
        // The repeated 一、总体情况 heading opens the same section again; it is not body text.
        Assert.DoesNotContain("总体情况", sections["overview"], StringComparison.Ordinal);
        Assert.StartsWith("2023年,我局政府信息公开与人民群众", sections["problems_and_improvements"], StringComparison.Ordinal);
        Assert.Equal("2023年度本机关未收取信息公开处理费。", sections["other_matters"]);
    }

    [Theory]
    [InlineData("000_seed_pingqiao_2023.txt")]
    [InlineData("001_huaian_2024_layout.txt")]
    [InlineData("004_pingtan_2019.txt")]
    [InlineData("007_pingtan_2022.txt")]
    [InlineData("020_pingtan_gaj_2024.txt")]
    [InlineData("027_pingtan_junshan_2021.txt")]
    public void Section_five_is_problems_and_six_is_other_matters(string file)
    {
        var sections = Sections(Path.Combine(SharedPaths.ReportsFolder, file));
        Assert.DoesNotContain("存在的主要问题及", sections["other_matters"], StringComparison.Ordinal);
        Assert.DoesNotContain("其他需要报告的事项", sections["problems_and_improvements"], StringComparison.Ordinal);
        Assert.False(sections["problems_and_improvements"].StartsWith("题及", StringComparison.Ordinal), sections["problems_and_improvements"]);
        Assert.False(sections["other_matters"].StartsWith("的事项", StringComparison.Ordinal), sections["other_matters"]);
    }

    [Fact]
    public void A_reworded_heading_ending_is_not_body_text()
    {
        var sections = Sections(Path.Combine(SharedPaths.ReportsFolder, "020_pingtan_gaj_2024.txt"));
        Assert.StartsWith("2024年,我局政府信息公开工作能力进一步增强", sections["problems_and_improvements"], StringComparison.Ordinal);
    }

    [Fact]
    public void Headings_inside_one_paragraph_still_cut_it()
    {
        // The seed's tables, with the narrative printed as single paragraphs that each run into the next heading.
        var seed = File.ReadAllText(Path.Combine(SharedPaths.ReportsFolder, "000_seed_pingqiao_2023.txt"));
        var tables = seed[seed.IndexOf("二、主动公开政府信息情况", StringComparison.Ordinal)..seed.IndexOf("五、存在的主要问题", StringComparison.Ordinal)];
        var text = "某局2023年政府信息公开工作年度报告 一、总体情况 本局全年主动公开信息。\n" + tables
            + "五、存在的主要问题及改进情况 问题是人手不足。 六、其他需要报告的事项 本机关未收取信息处理费。";
        var result = AnnualReportReader.ReadText(text, "one-paragraph.txt");
        Assert.True(result.Succeeded, result.Error);
        var sections = result.Report!.Sections;
        Assert.Equal("本局全年主动公开信息。", sections["overview"]);
        Assert.Equal("问题是人手不足。", sections["problems_and_improvements"]);
        Assert.Equal("本机关未收取信息处理费。", sections["other_matters"]);
    }
}
