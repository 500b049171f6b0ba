using OpenGovInfo.Domain.AnnualReports.Audit;

namespace OpenGovInfo.Documents.Tests.Auditing;

public class NearDuplicateTests
{
    private static readonly PublishedReport Seed = AuditFixtures.FromText(AuditFixtures.SeedText, "2023.txt");

    private static AuditFinding? Previous(PublishedReport now, PublishedReport before) =>
        NearDuplicates.AgainstPrevious(now, NearDuplicates.ShinglesOf(now), before, NearDuplicates.ShinglesOf(before));

    [Fact]
    public void Last_years_report_with_the_year_changed_is_a_copy()
    {
        var copy = AuditFixtures.FromText(AuditFixtures.SeedText.Replace("2023", "2024", StringComparison.Ordinal), "2024.txt");
        var d4 = Previous(copy, Seed);
        Assert.NotNull(d4);
        Assert.Equal("D4", d4.Rule);
        Assert.Equal(AuditSeverity.Error, d4.Severity);
        Assert.Equal("1.000", d4.Evidence[0].Value);
        Assert.NotNull(d4.Evidence[1].Excerpt); // a shared sentence to show people
    }

    [Fact]
    public void A_light_edit_of_last_year_is_still_a_near_copy()
    {
        var text = AuditFixtures.SeedText.Replace("2023", "2024", StringComparison.Ordinal)
            .Replace("加大政策宣传力度", "加大政策解读力度", StringComparison.Ordinal)
            .Replace("信息公开栏", "政务公开栏", StringComparison.Ordinal);
        var d4 = Previous(AuditFixtures.FromText(text, "2024.txt"), Seed);
        Assert.NotNull(d4);
        Assert.InRange(double.Parse(d4.Evidence[0].Value!, System.Globalization.CultureInfo.InvariantCulture), 0.9, 0.999);
    }

    [Fact]
    public void A_rewritten_report_is_not_a_copy()
    {
        var other = AuditFixtures.Fixture("020_pingtan_gaj_2024.txt");
        Assert.Null(Previous(other, Seed));
    }

    [Fact]
    public void Two_agencies_sharing_only_the_statutory_wording_are_not_copies()
    {
        // The same tables (every label), the same statutory opening, and each agency's own narrative.
        const string opening = "本报告根据《中华人民共和国政府信息公开条例》和国办公开办函〔2021〕30号要求编制。本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。\n";
        var a = AuditFixtures.FromText(opening + AuditFixtures.SeedText, "a.txt");
        var b = AuditFixtures.FromText(opening + Narrative(AuditFixtures.SeedText, "平桥区教育体育局", OtherNarrative), "b.txt");
        var findings = NearDuplicates.AcrossAgencies([a, b], [NearDuplicates.ShinglesOf(a), NearDuplicates.ShinglesOf(b)]);
        Assert.Empty(findings);
        Assert.True(NarrativeShingles.Jaccard(NearDuplicates.ShinglesOf(a), NearDuplicates.ShinglesOf(b)) < 0.3);
    }

    [Fact]
    public void Another_agencys_report_with_the_names_changed_is_copying_across_agencies()
    {
        var copied = AuditFixtures.FromText(AuditFixtures.SeedText.Replace("工信局", "教体局", StringComparison.Ordinal)
            .Replace("平桥区科学技术和工业信息化局", "平桥区教育体育局", StringComparison.Ordinal), "edu.txt");
        var findings = NearDuplicates.AcrossAgencies([Seed, copied], [NearDuplicates.ShinglesOf(Seed), NearDuplicates.ShinglesOf(copied)]);
        Assert.Equal([0, 1], findings.Select(f => f.Report).Order());
        Assert.All(findings, f => Assert.Equal("D5", f.Finding.Rule));
    }

    [Fact]
    public void Real_reports_of_different_agencies_are_not_copies()
    {
        string[] names = ["000_seed_pingqiao_2023.txt", "013_pingtan_zrz_2021.txt", "020_pingtan_gaj_2024.txt", "024_pingtan_scj_2025.txt",
            "027_pingtan_junshan_2021.txt", "001_huaian_2024_layout.txt"];
        var reports = names.Select(AuditFixtures.Fixture).ToList();
        Assert.Empty(NearDuplicates.AcrossAgencies(reports, [.. reports.Select(NearDuplicates.ShinglesOf)]));
    }

    [Fact]
    public void The_index_finds_the_same_pairs_as_comparing_every_pair()
    {
        var random = new Random(16);
        var sets = new List<ulong[]>();
        for (var i = 0; i < 300; i++)
        {
            // Every fifth set is a light edit (3 of ~400 shingles changed) of the one before it.
            sets.Add(i % 5 == 4
                ? [.. sets[^1].Skip(3).Concat([(ulong)random.NextInt64(), (ulong)random.NextInt64(), (ulong)random.NextInt64()]).Order()]
                : [.. Enumerable.Range(0, 400).Select(_ => (ulong)random.NextInt64(1000)).Distinct().Order()]);
        }

        sets.Add(sets[0]); // an exact duplicate
        var brute = new List<(int, int)>();
        for (var a = 0; a < sets.Count; a++)
        {
            for (var b = a + 1; b < sets.Count; b++)
            {
                if (NarrativeShingles.Jaccard(sets[a], sets[b]) >= 0.9)
                {
                    brute.Add((a, b));
                }
            }
        }

        var found = SimilarityIndex.Find(sets, 0.9).Select(p => (p.First, p.Second)).Order().ToList();
        // Every planted pair is there (brute force is the reference; the index must agree with it exactly).
        Assert.All(Enumerable.Range(0, 300).Where(i => i % 5 == 4), i => Assert.Contains((i - 1, i), brute));
        Assert.Contains((0, 300), brute);
        Assert.Equal(brute.Order(), found);
    }

    private const string OtherNarrative = "一、总体情况\n\n2023年，平桥区教育体育局围绕“双减”政策落实、学校招生入学、校外培训机构监管等社会关注事项，"
        + "在区政府门户网站教育专栏公开招生计划、学区划分、收费标准和营养改善计划资金使用情况，全年主动公开信息128条，"
        + "组织校长开放日4次，接听家长热线咨询1560余人次。\n（二）依申请公开情况\n全年未收到政府信息公开申请。\n"
        + "（三）政府信息管理情况\n建立公开目录动态调整机制，对2019年以来的文件逐件清理。\n（四）政府信息公开平台建设情况\n"
        + "升级学校信息公开网页模板，30所中小学统一设置公开栏目。\n（五）监督保障情况\n将招生公开纳入校长年度述职。\n\n";

    /// <summary>The seed's tables with another agency's title and narrative.</summary>
    private static string Narrative(string seed, string agency, string narrative)
    {
        var tables = seed.IndexOf("二、主动公开政府信息情况", StringComparison.Ordinal);
        var five = seed.IndexOf("五、存在的主要问题及改进情况", StringComparison.Ordinal);
        return agency + "2023年政府信息公开工作年度报告\n\n" + narrative + seed[tables..five]
            + "五、存在的主要问题及改进情况\n\n学区划分公开时间偏晚，部分家长在报名前两周才获知，明年提前至4月底前发布。\n\n六、其他需要报告的事项\n\n本机关未收取信息处理费。\n";
    }
}
