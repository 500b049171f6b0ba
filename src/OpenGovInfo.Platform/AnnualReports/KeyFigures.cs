using OpenGovInfo.Domain.AnnualReports;

namespace OpenGovInfo.Platform.AnnualReports;

/// <summary>The figures behind the dashboard's key ratios, taken from a compiled report.</summary>
/// <param name="NewReceived">本年新收 (Table 3, 总计).</param>
/// <param name="Processed">本年度办结 (（七）总计, 总计).</param>
/// <param name="Granted">予以公开 (总计).</param>
/// <param name="Decided">Reconsiderations and lawsuits decided (维持 + 纠正 + 其他, all three groups of Table 4).</param>
/// <param name="Corrected">Of those, 结果纠正.</param>
public sealed record KeyFigures(int NewReceived, int Processed, int Granted, int Decided, int Corrected)
{
    /// <summary>No figures at all.</summary>
    public static KeyFigures Zero { get; } = new(0, 0, 0, 0, 0);

    /// <summary>予以公开 / 办结, or null when nothing was closed (a ratio of nothing is not 0%).</summary>
    public decimal? GrantedShare => Processed == 0 ? null : (decimal)Granted / Processed;

    /// <summary>纠正 / 审结, or null when nothing was decided.</summary>
    public decimal? CorrectedShare => Decided == 0 ? null : (decimal)Corrected / Decided;

    /// <summary>Reads the figures from a report; unknown cells count as 0 (compiled reports have none).</summary>
    public static KeyFigures Of(AnnualReport report)
    {
        int Cell(string row) => report.Applications?[row, TableLayouts.TotalColumn] ?? 0;
        int decided = 0, corrected = 0;
        for (var g = 0; g < TableLayouts.ReviewGroups.Count; g++)
        {
            var cells = report.ReviewLitigation?.GroupAt(g);
            decided += (cells?[0] ?? 0) + (cells?[1] ?? 0) + (cells?[2] ?? 0);
            corrected += cells?[1] ?? 0;
        }

        return new KeyFigures(Cell(ReportCodes.Rows.NewReceived), Cell(ReportCodes.Rows.TotalProcessed), Cell(ReportCodes.Rows.Granted), decided, corrected);
    }
}
