using OpenGovInfo.Documents.Search;

namespace OpenGovInfo.Documents.Tests.Search;

public sealed class ChineseSegmenterTests
{
    private readonly ChineseSegmenter segmenter = ChineseSegmenter.Shared;

    [Fact]
    public void Segments_the_report_heading_into_words()
    {
        Assert.Equal("依 申请 公开 和 处理 政府 信息 情况", segmenter.Segment("依申请公开和处理政府信息情况"));
    }

    [Fact]
    public void Lower_cases_latin_keeps_digits_and_drops_punctuation()
    {
        var tokens = segmenter.Tokenize("OpenGov 平台，2024 年！");

        Assert.Contains("2024", tokens);
        Assert.All(tokens, t => Assert.Equal(t.ToLowerInvariant(), t));
        Assert.DoesNotContain("，", tokens);
        Assert.DoesNotContain("！", tokens);
        Assert.Contains(tokens, t => t.StartsWith("opengov", StringComparison.Ordinal));
    }

    [Fact]
    public void Full_width_letters_and_digits_are_normalised()
    {
        Assert.Equal(segmenter.Tokenize("PDF 2024"), segmenter.Tokenize("ＰＤＦ ２０２４"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("，。！？")]
    public void Nothing_searchable_gives_no_tokens(string? text)
    {
        Assert.Empty(segmenter.Tokenize(text));
        Assert.Equal("", segmenter.Segment(text));
    }

    [Fact]
    public void Lone_surrogates_do_not_throw()
    {
        Assert.Contains("公开", segmenter.Tokenize("公开\uD800信息"));
    }

    [Fact]
    public void Parallel_use_gives_the_same_result_as_sequential_use()
    {
        string[] texts = ["依申请公开和处理政府信息情况", "政府信息公开工作年度报告", "行政许可决定书 2024 第 3 号", "城市道路交通管理办法"];
        var expected = texts.Select(segmenter.Segment).ToArray();

        var results = new string[400];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 },
            i => results[i] = segmenter.Segment(texts[i % texts.Length]));

        for (var i = 0; i < results.Length; i++)
        {
            Assert.Equal(expected[i % texts.Length], results[i]);
        }
    }
}
