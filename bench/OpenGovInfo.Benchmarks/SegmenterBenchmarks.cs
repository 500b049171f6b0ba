using System.Text;
using BenchmarkDotNet.Attributes;
using OpenGovInfo.Documents.Search;

namespace OpenGovInfo.Benchmarks;

/// <summary>Search indexing and query building (issue #5): segmenting an item body, building FTS5/tsquery text.</summary>
[MemoryDiagnoser]
public class SegmenterBenchmarks
{
    private const string Paragraph =
        "根据《中华人民共和国政府信息公开条例》第二十条规定，本机关主动公开规章和行政规范性文件、机关职能、机构设置、"
        + "办公地址、办公时间、联系方式、负责人姓名，国民经济和社会发展规划、专项规划、区域规划及相关政策，"
        + "2024年度共受理政府信息公开申请356件，其中依申请公开和处理政府信息情况详见附表。"
        + "行政许可、行政处罚、行政强制的依据、条件、程序以及本行政机关认为具有一定社会影响的决定，应当主动公开。";

    private readonly ChineseSegmenter segmenter = ChineseSegmenter.Shared;
    private string article = "";
    private string title = "";
    private SearchQuery query = null!;

    [GlobalSetup]
    public void Setup()
    {
        var builder = new StringBuilder();
        while (builder.Length < 2_000)
        {
            builder.Append(Paragraph);
        }

        article = builder.ToString(0, 2_000);
        title = "2024年政府信息公开工作年度报告：依申请公开和处理政府信息情况";
        query = SearchQuery.Parse("依申请公开 政府信息 2024");
        _ = segmenter.Segment(article); // load the dictionary outside the measurement
    }

    [Benchmark(Baseline = true)]
    public int SegmentArticle2000Chars() => segmenter.Segment(article).Length;

    [Benchmark]
    public int ParseQuery() => SearchQuery.Parse("依申请公开 政府信息 2024").Tokens.Count;

    [Benchmark]
    public int BuildFts5AndTsQuery() => query.ToFts5Match().Length + query.ToPostgresTsQuery().Length;

    [Benchmark]
    public int HighlightTitle() => Highlighter.Highlight(title, query).Length;
}
