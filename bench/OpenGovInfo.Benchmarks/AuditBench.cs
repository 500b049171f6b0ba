using System.Diagnostics;
using System.Globalization;
using System.Text;
using OpenGovInfo.Documents.Auditing;
using OpenGovInfo.Documents.Reading;

namespace OpenGovInfo.Benchmarks;

/// <summary>
/// <c>audit [N]</c> (default 10,000): the issue-16 workload — N generated text reports (the seed's tables with
/// random figures, narratives assembled from a phrase pool so agencies differ, 250 districts × 40 units over four
/// years) of which a fixed share are planted copies: 10 % last year's report with the year changed (D4), 4 % another
/// agency's report with the names changed (D5), 2 % byte-identical duplicates. Timed from texts in memory to every
/// audit finding: read on every core, then <see cref="CorpusAuditor"/> (every catalogue check, cross-year pairs,
/// the all-agency similarity index). Prints wall time and how many planted D4/D5 copies were found (exact duplicates keep
/// the other agency's name, so they are the same report filed twice and expected to pass). Seeded, so every
/// run audits the same workload.
/// </summary>
internal static class AuditBench
{
    private static readonly string[] Units =
    [
        "教育局", "公安局", "财政局", "人力资源和社会保障局", "自然资源局", "生态环境局", "住房和城乡建设局", "交通运输局", "水利局", "农业农村局",
        "商务局", "文化和旅游局", "卫生健康委员会", "退役军人事务局", "应急管理局", "审计局", "市场监督管理局", "统计局", "医疗保障局", "林业局",
        "民政局", "司法局", "科学技术局", "工业和信息化局", "发展和改革委员会", "城市管理局", "信访局", "档案局", "体育局", "人民政府办公室",
        "机关事务管理局", "数据资源管理局", "行政审批局", "粮食和物资储备局", "乡村振兴局", "地方金融监督管理局", "国有资产监督管理委员会", "民族宗教事务局", "人民防空办公室", "供销合作社",
    ];

    private static readonly string[] Phrases =
    [
        "围绕优化营商环境", "聚焦群众关切", "依托政府门户网站", "通过政务新媒体", "在政务服务大厅设置查阅点", "完善公开目录", "规范依申请公开办理流程",
        "加强政策解读", "开展业务培训", "组织新闻发布会", "推进重点领域信息公开", "更新权责清单", "公开财政预决算", "公开重大建设项目批准和实施信息",
        "公开行政执法结果", "落实保密审查制度", "建立公开属性源头认定机制", "开展政府开放日活动", "回应网民留言", "制作图解材料", "发布政策问答",
        "清理过期文件", "公开招生入学信息", "公开医保基金使用情况", "公开安全生产检查结果", "公开征地补偿标准", "公开农业补贴发放名单", "公开社会救助政策",
        "公开招投标信息", "公开生态环境监测数据", "公开食品抽检结果", "公开保障性住房分配结果", "公开交通建设计划", "公开水利工程进展", "公开审计整改结果",
        "公开统计数据", "公开就业创业补贴", "公开养老服务信息", "公开应急预案", "公开消防检查情况", "公开旅游市场监管信息", "公开药品价格信息",
    ];

    private static readonly string[] Problems =
    [
        "政策解读形式较为单一", "个别栏目更新不够及时", "依申请公开答复文书不够规范", "基层工作人员业务能力有待提升", "公开内容与群众需求匹配度不高",
        "新媒体平台互动不足", "历史文件清理不彻底", "重点领域公开深度不够", "公开目录与实际不一致", "数据开放程度较低",
    ];

    public static int Run(string[] args)
    {
        var n = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000;
        var seed = File.ReadAllText(Path.Combine(BenchData.RepositoryRoot, "tests", "fixtures", "shared", "fixtures", "reports", "000_seed_pingqiao_2023.txt"));
        var (texts, planted) = Workload(seed, n);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"workload: {texts.Count} reports, {texts.Average(t => Encoding.UTF8.GetByteCount(t.Text)) / 1024:F1} KB mean; planted: {planted.Count(p => p.Rule == "D4")} year copies (D4), {planted.Count(p => p.Rule == "D5")} agency copies (D5), {planted.Count(p => p.Rule == "DUP")} exact duplicates"));
        Audit(texts.Take(500).ToList()); // warm-up: JIT and tiering

        var watch = Stopwatch.StartNew();
        var (run, readTime) = Audit(texts);
        var total = watch.Elapsed;
        // A byte-identical copy keeps the other agency's name: it is that agency's report filed twice (grouped by the
        // index as identical), not copying — so only D4 and D5 plants are expected to be found.
        var expected = planted.Where(p => p.Rule != "DUP").ToList();
        var found = expected.Count(p => run[p.Copy].Findings.Any(f => f.Rule == p.Rule));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"audited {run.Length} reports in {total.TotalSeconds:F1} s wall ({run.Length / total.TotalSeconds:F0} /s; read {readTime.TotalSeconds:F1} s, audit {(total - readTime).TotalSeconds:F1} s) on {Environment.ProcessorCount} cores"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"findings: {run.Sum(r => r.Findings.Count)}; D4 {run.Count(r => r.Findings.Any(f => f.Rule == "D4"))} reports, D5 {run.Count(r => r.Findings.Any(f => f.Rule == "D5"))} reports; planted copies found {found}/{expected.Count}"));
        foreach (var miss in expected.Where(p => !run[p.Copy].Findings.Any(f => f.Rule == p.Rule)).Take(5))
        {
            var me = run[miss.Copy].Published!;
            var before = run.Where(r => r.Published is { } p && p.Agency == me.Agency && p.Year == me.Year - 1).Select(r => r.Published!).ToList();
            Console.WriteLine($"missed {miss.Rule}: {texts[miss.Copy].Source} (agency read: {me.Agency}, year {me.Year}); previous-year reports: {before.Count}, similarity {string.Join(",", before.Select(b => Domain.AnnualReports.Audit.NarrativeShingles.Jaccard(Domain.AnnualReports.Audit.NearDuplicates.ShinglesOf(me), Domain.AnnualReports.Audit.NearDuplicates.ShinglesOf(b)).ToString("0.000", CultureInfo.InvariantCulture) + " " + b.Source))}");
        }

        return found == expected.Count ? 0 : 1;
    }

    private static (AuditedReport[] Run, TimeSpan Read) Audit(List<(string Source, string Text)> texts)
    {
        var watch = Stopwatch.StartNew();
        var results = new ReportReadResult[texts.Count];
        Parallel.For(0, texts.Count, i => results[i] = AnnualReportReader.ReadText(texts[i].Text, texts[i].Source));
        var read = watch.Elapsed;
        return (CorpusAuditor.Audit(results), read);
    }

    /// <summary>The texts, and the planted copies (index of the copy, the rule that should catch it).</summary>
    private static (List<(string Source, string Text)>, List<(int Copy, string Rule)>) Workload(string seed, int n)
    {
        var random = new Random(16);
        var texts = new List<(string, string)>(n);
        var planted = new List<(int, string)>();
        var byAgencyYear = new Dictionary<(string, int), int>();
        var originals = new HashSet<int>();
        for (var i = 0; i < n; i++)
        {
            var district = District(i / 160);
            var agency = district + Units[i % Units.Length];
            var year = 2021 + (i / Units.Length) % 4;
            var roll = random.NextDouble();
            string text;
            if (roll < 0.10 && byAgencyYear.TryGetValue((agency, year - 1), out var last) && originals.Contains(last))
            {
                text = texts[last].Item2.Replace((year - 1).ToString(CultureInfo.InvariantCulture), year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
                planted.Add((i, "D4"));
            }
            else if (roll < 0.14 && OtherAgency(texts, originals, agency, random) is { } j)
            {
                text = texts[j].Item2.Replace(AgencyOf(texts[j].Item1), agency, StringComparison.Ordinal)
                    .Replace(YearOf(texts[j].Item1), year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
                planted.Add((i, "D5"));
            }
            else if (roll < 0.16 && OtherAgency(texts, originals, agency, random) is { } k)
            {
                text = texts[k].Item2;
                planted.Add((i, "DUP"));
            }
            else
            {
                text = Generate(seed, agency, year, random);
                originals.Add(i);
            }

            byAgencyYear.TryAdd((agency, year), i);
            texts.Add(($"{district}/{agency}/{year}.txt", text));
        }

        return (texts, planted);
    }

    /// <summary>A random earlier report of another agency (a copy of one's own report is not copying).</summary>
    private static int? OtherAgency(List<(string Source, string Text)> texts, HashSet<int> originals, string agency, Random random)
    {
        for (var attempt = 0; attempt < 8 && texts.Count > 0; attempt++)
        {
            var j = random.Next(texts.Count);
            if (originals.Contains(j) && AgencyOf(texts[j].Source) != agency)
            {
                return j;
            }
        }

        return null;
    }

    private static readonly string NameCharacters = new([.. "平桥浉河罗山光州商城固始潢川淮滨息县新蔡西上汝南遂宁鹤壁淇安阳殷都".Distinct()]);

    /// <summary>A district name of two characters from a fixed set (agency names carry no digits in real titles).</summary>
    private static string District(int k) =>
        $"{NameCharacters[k % NameCharacters.Length]}{NameCharacters[(k / NameCharacters.Length + 7) % NameCharacters.Length]}区";

    private static string AgencyOf(string source) => source.Split('/')[1];

    private static string YearOf(string source) => source.Split('/')[2][..4];

    private static string Generate(string seed, string agency, int year, Random random)
    {
        // The seed's tables with consistent figures: n new applications by natural persons, all granted; a random
        // number of licensing and penalty decisions (so the tables differ but add up).
        var n = random.Next(0, 40);
        var tables = seed[seed.IndexOf("二、主动公开政府信息情况", StringComparison.Ordinal)..seed.IndexOf("五、存在的主要问题及改进情况", StringComparison.Ordinal)]
            .Replace("行政许可 0", $"行政许可 {random.Next(0, 900)}", StringComparison.Ordinal)
            .Replace("行政处罚 0", $"行政处罚 {random.Next(0, 300)}", StringComparison.Ordinal)
            .Replace("一、本年新收政府信息公开申请数量 0 0 0 0 0 0 0", $"一、本年新收政府信息公开申请数量 {n} 0 0 0 0 0 {n}", StringComparison.Ordinal)
            .Replace("（一）予以公开 0 0 0 0 0 0 0", $"（一）予以公开 {n} 0 0 0 0 0 {n}", StringComparison.Ordinal)
            .Replace("（七）总计 0 0 0 0 0 0 0", $"（七）总计 {n} 0 0 0 0 0 {n}", StringComparison.Ordinal);
        var figures = new StringBuilder(tables);
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"{agency}{year}年政府信息公开工作年度报告\n\n一、总体情况\n\n");
        foreach (var topic in new[] { "（一）主动公开情况", "（二）依申请公开情况", "（三）政府信息管理情况", "（四）政府信息公开平台建设情况", "（五）监督保障情况" })
        {
            sb.Append(topic).Append('\n');
            for (var s = 0; s < 4; s++)
            {
                sb.Append(CultureInfo.InvariantCulture, $"{year}年，{agency}{Pick(random)}，{Pick(random)}，全年{Pick(random)}{random.Next(3, 400)}条，{Pick(random)}{random.Next(1, 60)}次。\n");
            }
        }

        sb.Append('\n').Append(figures).Append("五、存在的主要问题及改进情况\n\n");
        for (var s = 0; s < 3; s++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"一是{Problems[random.Next(Problems.Length)]}，计划于{year + 1}年{random.Next(1, 13)}月底前{Pick(random)}。\n");
        }

        sb.Append(CultureInfo.InvariantCulture, $"\n六、其他需要报告的事项\n\n{year}年度本机关未收取信息处理费。\n");
        return sb.ToString();
    }

    private static string Pick(Random random) => Phrases[random.Next(Phrases.Length)];
}
