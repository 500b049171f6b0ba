using System.Net;
using System.Text;
using System.Text.Json;

namespace OpenGovInfo.Cli.Tests.Audit;

/// <summary><c>ogi audit</c> as an assessor uses it: several years, earlier years, a district, HTML, the web, verdicts.</summary>
public sealed class AssessorAuditTests
{
    private static string Year2024(string seed) => seed.Replace("2023", "2024", StringComparison.Ordinal);

    [Fact]
    public void A_folder_of_two_years_catches_the_copy_of_last_year()
    {
        using var w = new AuditWorkspace();
        w.Write("pq/2023.txt", AuditWorkspace.Seed);
        w.Write("pq/2024.txt", Year2024(AuditWorkspace.Seed));
        var (code, output) = w.Ogi("audit", w.PathOf("pq"), "--json", w.PathOf("out.json"));
        Assert.Equal(0, code);
        Assert.Contains("审计", output, StringComparison.Ordinal);
        var entries = w.Entries(w.PathOf("out.json"));
        var d4 = Assert.Single(AuditWorkspace.Audit(entries["2024.txt"], "D4"));
        Assert.Equal("error", d4.GetProperty("severity").GetString());
        Assert.Empty(AuditWorkspace.Audit(entries["2023.txt"], "D4"));
        Assert.Equal(16, d4.GetProperty("id").GetString()!.Length);
    }

    [Fact]
    public void Previous_years_from_another_folder_are_compared_but_not_listed()
    {
        using var w = new AuditWorkspace();
        w.Write("old/2023.txt", AuditWorkspace.Seed);
        w.Write("now/2024.txt", Year2024(AuditWorkspace.Seed).Replace("二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0",
            "二、上年结转政府信息公开申请数量 1 0 0 0 0 0 1", StringComparison.Ordinal));
        w.Ogi("audit", w.PathOf("now"), "--previous", w.PathOf("old"), "--json", w.PathOf("out.json"));
        var entries = w.Entries(w.PathOf("out.json"));
        Assert.Equal(["2024.txt"], entries.Keys);
        Assert.Single(AuditWorkspace.Audit(entries["2024.txt"], "D4"));
        var t36 = AuditWorkspace.Audit(entries["2024.txt"], "T3-6");
        Assert.NotEmpty(t36);
        Assert.All(t36, f => Assert.Equal("D1", f.GetProperty("catalogue").GetString()));
    }

    [Fact]
    public void District_mode_lists_missing_units_and_checks_the_aggregate()
    {
        using var w = new AuditWorkspace();
        string Unit(string name, int n) => AuditWorkspace.Seed.Replace("工信局2023年", name + "2023年", StringComparison.Ordinal)
            .Replace("一、本年新收政府信息公开申请数量 0 0 0 0 0 0 0", $"一、本年新收政府信息公开申请数量 {n} 0 0 0 0 0 {n}", StringComparison.Ordinal)
            .Replace("（一）予以公开 0 0 0 0 0 0 0", $"（一）予以公开 {n} 0 0 0 0 0 {n}", StringComparison.Ordinal)
            .Replace("（七）总计 0 0 0 0 0 0 0", $"（七）总计 {n} 0 0 0 0 0 {n}", StringComparison.Ordinal);
        w.Write("d/edu.txt", Unit("平桥区教育体育局", 2));
        w.Write("d/police.txt", Unit("平桥区公安分局", 3));
        w.Write("d/gov.txt", Unit("平桥区人民政府", 4));
        w.Write("units.txt", "# 平桥区 2023\n平桥区人民政府\n平桥区教育体育局\n平桥区公安分局\n平桥区财政局\n");
        var (_, output) = w.Ogi("audit", w.PathOf("d"), "--units", w.PathOf("units.txt"), "--aggregate", "平桥区人民政府",
            "--json", w.PathOf("out.json"));
        Assert.Contains("平桥区财政局没有2023年度报告", output, StringComparison.Ordinal);
        using var district = JsonDocument.Parse(File.ReadAllText(w.PathOf("out.district.json")));
        Assert.Contains(district.RootElement.EnumerateArray(), f => f.GetProperty("rule").GetString() == "I2");
        // With 财政局 missing the aggregate cannot be checked: undecided, not passed.
        var i1 = Assert.Single(AuditWorkspace.Audit(w.Entries(w.PathOf("out.json"))["gov.txt"], "I1"));
        Assert.True(i1.GetProperty("uncertain").GetBoolean());

        w.Write("units.txt", "平桥区人民政府\n平桥区教育体育局\n平桥区公安分局\n");
        w.Ogi("audit", w.PathOf("d"), "--units", w.PathOf("units.txt"), "--aggregate", "平桥区人民政府", "--json", w.PathOf("out.json"));
        var wrong = AuditWorkspace.Audit(w.Entries(w.PathOf("out.json"))["gov.txt"], "I1");
        Assert.Contains(wrong, f => f.GetProperty("key").GetString() == "applications.new_received.total"
            && f.GetProperty("message").GetString()!.Contains("之和为5", StringComparison.Ordinal));
    }

    [Fact]
    public void The_html_report_has_a_page_per_agency_with_the_evidence_highlighted()
    {
        using var w = new AuditWorkspace();
        w.Write("r/seed.txt", AuditWorkspace.Seed);
        w.Write("r/junshan.txt", File.ReadAllText(Path.Combine(OpenGovInfo.Testing.SharedPaths.ReportsFolder, "027_pingtan_junshan_2021.txt")));
        w.Ogi("audit", w.PathOf("r"), "--html", w.PathOf("html"));
        var index = File.ReadAllText(w.PathOf("html/index.html"));
        Assert.Contains("工信局", index, StringComparison.Ordinal);
        Assert.Contains("平潭综合实验区君山片区管理局", index, StringComparison.Ordinal);
        var pages = Directory.GetFiles(w.PathOf("html"), "agency-*.html");
        Assert.Equal(2, pages.Length);
        var seedPage = pages.Select(File.ReadAllText).Single(p => p.Contains("工信局", StringComparison.Ordinal));
        Assert.Contains("<mark>一、总体情况</mark>", seedPage, StringComparison.Ordinal);
        Assert.Contains("第4行", seedPage, StringComparison.Ordinal);
        Assert.Contains("B2", seedPage, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_are_fetched_from_a_web_server_and_its_publication_date_is_used()
    {
        using var w = new AuditWorkspace();
        var html = "<html><head><meta name=\"PubDate\" content=\"2024-02-06 09:30\"><title>年报</title></head><body><pre>"
            + WebUtility.HtmlEncode(AuditWorkspace.Seed) + "</pre></body></html>";
        using var server = new LocalServer(new Dictionary<string, string> { ["/zwgk/report.html"] = html });
        var (code, _) = w.Ogi("audit", "--fetch", server.Url("/zwgk/report.html"), "--fetch", server.Url("/missing.html"),
            "--json", w.PathOf("out.json"));
        Assert.Equal(1, code); // the missing page is an unread input
        using var doc = JsonDocument.Parse(File.ReadAllText(w.PathOf("out.json")));
        var entries = doc.RootElement.EnumerateArray().ToList();
        Assert.Equal(server.Url("/zwgk/report.html"), entries[0].GetProperty("source").GetString());
        Assert.Equal("read", entries[0].GetProperty("status").GetString());
        var a1 = Assert.Single(entries[0].GetProperty("audit").EnumerateArray(), f => f.GetProperty("rule").GetString() == "A1");
        Assert.False(a1.GetProperty("uncertain").GetBoolean());
        Assert.Contains("2024年2月6日", a1.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("failed", entries[1].GetProperty("status").GetString());
        Assert.Contains("404", entries[1].GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_verdict_survives_re_reading_the_same_report_and_lapses_when_it_changes()
    {
        using var w = new AuditWorkspace();
        var report = w.Write("r/seed.txt", AuditWorkspace.Seed);
        w.Ogi("audit", w.PathOf("r"), "--json", w.PathOf("out.json"));
        var b2 = Assert.Single(AuditWorkspace.Audit(w.Entries(w.PathOf("out.json"))["seed.txt"], "B2"));
        var id = b2.GetProperty("id").GetString()!;
        var (code, _) = w.Ogi("verdict", w.PathOf("verdicts.json"), id, "--dismiss", "--reason", "重复标题为排版所致，已要求更正", "--rule", "B2");
        Assert.Equal(0, code);

        w.Ogi("audit", w.PathOf("r"), "--verdicts", w.PathOf("verdicts.json"), "--json", w.PathOf("out.json"));
        var again = Assert.Single(AuditWorkspace.Audit(w.Entries(w.PathOf("out.json"))["seed.txt"], "B2"));
        Assert.Equal(id, again.GetProperty("id").GetString());
        Assert.Equal("dismiss", again.GetProperty("verdict").GetProperty("decision").GetString());
        Assert.Equal("重复标题为排版所致，已要求更正", again.GetProperty("verdict").GetProperty("reason").GetString());

        File.AppendAllText(report, "\n补充：本报告于2024年3月修订。\n");
        w.Ogi("audit", w.PathOf("r"), "--verdicts", w.PathOf("verdicts.json"), "--json", w.PathOf("out.json"));
        var changed = Assert.Single(AuditWorkspace.Audit(w.Entries(w.PathOf("out.json"))["seed.txt"], "B2"));
        Assert.Equal(JsonValueKind.Null, changed.GetProperty("verdict").ValueKind);
    }

    [Fact]
    public void Dismissing_without_a_reason_is_refused()
    {
        using var w = new AuditWorkspace();
        var (code, _) = w.Ogi("verdict", w.PathOf("verdicts.json"), "0123456789abcdef", "--dismiss");
        Assert.Equal(2, code);
        Assert.False(File.Exists(w.PathOf("verdicts.json")));
    }

    [Fact]
    public void The_history_notices_a_report_changed_after_publication()
    {
        using var w = new AuditWorkspace();
        var report = w.Write("r/seed.txt", AuditWorkspace.Seed);
        w.Ogi("audit", w.PathOf("r"), "--history", w.PathOf("history.json"), "--json", w.PathOf("out.json"));
        Assert.Empty(AuditWorkspace.Audit(w.Entries(w.PathOf("out.json"))["seed.txt"], "A4"));
        w.Ogi("audit", w.PathOf("r"), "--history", w.PathOf("history.json"), "--json", w.PathOf("out.json"));
        Assert.Empty(AuditWorkspace.Audit(w.Entries(w.PathOf("out.json"))["seed.txt"], "A4"));
        File.WriteAllText(report, AuditWorkspace.Seed.Replace("36条", "38条", StringComparison.Ordinal), Encoding.UTF8);
        w.Ogi("audit", w.PathOf("r"), "--history", w.PathOf("history.json"), "--json", w.PathOf("out.json"));
        Assert.Single(AuditWorkspace.Audit(w.Entries(w.PathOf("out.json"))["seed.txt"], "A4"));
    }
}
