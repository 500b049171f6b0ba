namespace OpenGovInfo.Documents.Tests.Auditing;

/// <summary>Constructed cases: the seed report with one thing changed, so each check is seen to pass and to fail.</summary>
internal static class SeedText
{
    public static string With(params (string From, string To)[] edits)
    {
        var text = AuditFixtures.SeedText;
        foreach (var (from, to) in edits)
        {
            Assert.True(text.Contains(from, StringComparison.Ordinal), "seed does not contain: " + from);
            text = text.Replace(from, to, StringComparison.Ordinal);
        }

        return text;
    }

    public const string Title = "工信局2023年政府信息公开工作年度报告";
    public const string NoApplications = "2023年全年未发生依申请公开和处理政";
    public const string NewReceived = "一、本年新收政府信息公开申请数量 0 0 0 0 0 0 0";
    public const string CarriedOver = "二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0";
    public const string Granted = "（一）予以公开 0 0 0 0 0 0 0";
    public const string Total = "（七）总计 0 0 0 0 0 0 0";
    public const string CarriedForward = "四、结转下年度继续办理 0 0 0 0 0 0 0";
    public const string Fees = "　2023年度本机关未收取信息公开处理费。";
    public const string FeeRow = "行政事业性收费 0";
    public const string SectionSix = "六、其他需要报告的事项";

    /// <summary>Table 3 with <paramref name="n"/> new natural-person applications, all granted (arithmetic holds).</summary>
    public static (string, string)[] Applications(int n) =>
    [
        (NewReceived, $"一、本年新收政府信息公开申请数量 {n} 0 0 0 0 0 {n}"),
        (Granted, $"（一）予以公开 {n} 0 0 0 0 0 {n}"),
        (Total, $"（七）总计 {n} 0 0 0 0 0 {n}"),
    ];
}
