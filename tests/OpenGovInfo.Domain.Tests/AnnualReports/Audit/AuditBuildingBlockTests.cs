using OpenGovInfo.Domain.AnnualReports.Audit;

namespace OpenGovInfo.Domain.Tests.AnnualReports.Audit;

public class AuditBuildingBlockTests
{
    [Theory]
    [InlineData("http://www.gov.cn/zwgk/202401/t20240125_123.html", "2024-01-25")]
    [InlineData("https://x.gov.cn/art/2024/1/26/art_1.html", null)]
    [InlineData("https://x.gov.cn/c/2025-02/03/content_1.htm", "2025-02-03")]
    [InlineData("https://x.gov.cn/zwgk/202413/t20241340_1.html", null)]
    public void Dates_in_addresses(string url, string? expected) =>
        Assert.Equal(expected, PublicationDates.FromUrl(url)?.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void A_signature_date_is_a_date_line_at_the_end_not_a_sentence()
    {
        var signed = ReportText.Of("标题\n正文写于2024年3月1日的一句话，后面还有很多很多很多很多很多很多很多的字。\n平桥区财政局\n2024年1月28日\n");
        Assert.Equal(new DateOnly(2024, 1, 28), PublicationDates.Find(signed)!.Date);
        var unsigned = ReportText.Of("标题\n正文写于2024年3月1日的一句话，后面还有很多很多很多很多很多很多很多的字。\n");
        Assert.Null(PublicationDates.Find(unsigned));
    }

    [Theory]
    [InlineData("平桥区人民政府", true, true)]
    [InlineData("淮安市", true, true)]
    [InlineData("平桥区人民政府办公室", true, true)]
    [InlineData("明港镇人民政府", true, false)]
    [InlineData("平桥区教育体育局", false, false)]
    [InlineData("工信局", false, false)]
    public void Governments_and_departments(string name, bool government, bool countyOrAbove)
    {
        Assert.Equal(government, Issuer.IsGovernment(name));
        Assert.Equal(countyOrAbove, Issuer.IsCountyOrAboveGovernment(name));
    }

    [Theory]
    [InlineData("工信局", "平桥区科学技术和工业信息化局", true)]
    [InlineData("平桥区教育局", "教育局", true)]
    [InlineData("平桥区教育局", "平桥区公安局", false)]
    [InlineData("平桥区教育局", "浉河区教育局", false)]
    public void Agency_names_compatible(string a, string b, bool expected) => Assert.Equal(expected, AgencyNames.Compatible(a, b));

    [Theory]
    [InlineData("总体情况", true, 1)]
    [InlineData("主动公开政府信息情况", true, 2)]
    [InlineData("本年新收政府信息公开申请数量", true, null)]
    [InlineData("存在的主要问题及明年工作计划2024年，", false, 5)]
    [InlineData("主动公开方面，我局将", false, null)]
    [InlineData("政府信息公开行政复议、行政诉讼情况", false, 4)]
    public void Headings_by_their_words(string body, bool onItsOwn, int? section) =>
        Assert.Equal(section, ReportOutline.Section(body, onItsOwn));

    [Fact]
    public void Statutory_wording_and_figures_do_not_count_as_wording()
    {
        Assert.Empty(NarrativeShingles.Of("本报告根据《中华人民共和国政府信息公开条例》要求编制。一、本年新收政府信息公开申请数量 3 0 0 0 0 0 3"));
        Assert.Equal(NarrativeShingles.Of("2023年我局开展培训12次，印发工作要点。"), NarrativeShingles.Of("2024年我局开展培训15次，印发工作要点。"));
        Assert.Equal(NarrativeShingles.Of("甲局开展培训，印发工作要点并组织检查。", "甲局"), NarrativeShingles.Of("乙局开展培训，印发工作要点并组织检查。", "乙局"));
    }

    [Fact]
    public void Fingerprints_depend_on_hash_rule_and_key_only()
    {
        Assert.Equal(FindingFingerprint.Of("h", "B2", "duplicate:1"), FindingFingerprint.Of("h", "B2", "duplicate:1"));
        Assert.NotEqual(FindingFingerprint.Of("h", "B2", "duplicate:1"), FindingFingerprint.Of("h2", "B2", "duplicate:1"));
        Assert.NotEqual(FindingFingerprint.Of("h", "B2", "duplicate:1"), FindingFingerprint.Of("h", "B1", "duplicate:1"));
        Assert.Matches("^[0-9a-f]{16}$", FindingFingerprint.Of("h", "B2", "k"));
    }

    [Theory]
    [InlineData("二〇二四年一月二十五日", "2024年1月25日")]
    [InlineData("二〇二五年十二月三十一日", "2025年12月31日")]
    [InlineData("二〇二三年十月十日", "2023年10月10日")]
    [InlineData("平桥区财政局 2024年1月5日", "平桥区财政局 2024年1月5日")]
    public void Chinese_numeral_dates(string text, string expected) => Assert.Equal(expected, ChineseNumerals.ToDigits(text));

    [Fact]
    public void A_signature_in_chinese_numerals_is_a_date()
    {
        var signed = ReportText.Of("标题\n正文。\n平桥区财政局\n二〇二四年二月三日\n");
        Assert.Equal(new DateOnly(2024, 2, 3), PublicationDates.Find(signed)!.Date);
    }
}
