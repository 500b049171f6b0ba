using System.Globalization;
using System.Text;
using OpenGovInfo.Domain.AnnualReports;

namespace OpenGovInfo.Platform.AnnualReports;

/// <summary>
/// The pre-filled wording of sections 一 and 六 from the compiled figures, in the seed's shape (the five subsections
/// of 30号). The figures are quoted so that X-2 (section 一 = Table 3) holds until someone edits them away.
/// </summary>
public static class NarrativeDrafts
{
    /// <summary>Placeholder for what only the office can write.</summary>
    public const string ToFill = "（请填写）";

    /// <summary>Section 一、总体情况.</summary>
    public static string Overview(string agency, int year, ProactiveCounts published, ApplicationsTable applications)
    {
        int Total(string row) => applications[row, TableLayouts.TotalColumn] ?? 0;
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{agency}依据《中华人民共和国政府信息公开条例》，扎实推进政务公开工作。\n");
        text.Append("（一）主动公开情况\n");
        text.Append(CultureInfo.InvariantCulture, $"{year}年，本机关共主动公开政府信息{published.Total}条，其中，");
        text.AppendJoin("、", published.ByCategory.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Name}信息{c.Count}条")));
        text.Append("。\n（二）依申请公开情况\n");
        text.Append(CultureInfo.InvariantCulture,
            $"{year}年，本机关新收政府信息公开申请{Total(ReportCodes.Rows.NewReceived)}件，上年结转{Total(ReportCodes.Rows.CarriedOver)}件，" +
            $"本年度办结{Total(ReportCodes.Rows.TotalProcessed)}件，结转下年度继续办理{Total(ReportCodes.Rows.CarriedForward)}件。\n");
        text.Append("（三）政府信息管理\n").Append(ToFill).Append('\n');
        text.Append("（四）政府信息公开平台建设\n").Append(ToFill).Append('\n');
        text.Append("（五）监督保障\n").Append(ToFill);
        return text.ToString();
    }

    /// <summary>Section 六、其他需要报告的事项: the 信息处理费 statement (国办函〔2020〕109号).</summary>
    public static string OtherMatters(int year, long feesFen) => feesFen == 0
        ? string.Create(CultureInfo.InvariantCulture, $"{year}年度本机关未收取信息处理费。")
        : string.Create(CultureInfo.InvariantCulture, $"{year}年度本机关收取信息处理费{feesFen / 100m:0.00}元。");
}
