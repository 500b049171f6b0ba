using OpenGovInfo.Domain.AnnualReports;
using OpenGovInfo.Domain.Publishing.Registers;

namespace OpenGovInfo.Domain.Tests.Publishing.Registers;

public class Article20SummaryTests
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    private static readonly NormativeDocumentRecord[] Documents =
    [
        new(RegisterDocumentKind.Regulation, "R1", "令1", D(2023, 5, 1)),                      // in force at 2024 end
        new(RegisterDocumentKind.Regulation, "R2", "令2", D(2024, 3, 1)),                      // issued 2024, in force
        new(RegisterDocumentKind.Regulation, "R3", "令3", D(2020, 1, 1), D(2024, 6, 30)),      // repealed 2024
        new(RegisterDocumentKind.NormativeDocument, "N1", "规1", D(2024, 12, 31)),             // issued on the last day: in force
        new(RegisterDocumentKind.NormativeDocument, "N2", "规2", D(2024, 2, 1), D(2025, 1, 10)), // repealed next year: in force
        new(RegisterDocumentKind.NormativeDocument, "N3", "规3", D(2022, 1, 1), D(2024, 12, 31)), // repealed on 12-31: not in force
        new(RegisterDocumentKind.NormativeDocument, "N4", "规4", D(2025, 1, 2)),               // next year: not counted
    ];

    private static readonly EnforcementDecisionRecord[] Decisions =
    [
        new(EnforcementDecisionKind.Licensing, "许1", D(2024, 1, 5), new("甲公司", false)),
        new(EnforcementDecisionKind.Licensing, "许2", D(2024, 12, 31), new("乙公司", false)),
        new(EnforcementDecisionKind.Licensing, "许0", D(2023, 12, 31), new("丙公司", false)),
        new(EnforcementDecisionKind.Penalty, "罚1", D(2024, 7, 1), new("李四", true)),
    ];

    private static readonly FeeCollectionRecord[] Fees =
    [
        new("信息处理费", 123_450, D(2024, 3, 1)),
        new("信息处理费", 876_550, D(2024, 11, 30)),
        new("信息处理费", 5_000, D(2023, 12, 31)),
    ];

    [Fact]
    public void Counts_documents_issued_repealed_and_in_force_at_year_end()
    {
        var summary = Article20Summary.Compute(2024, Documents, Decisions, Fees);
        // 规章: issued R2; repealed R3; in force on 2024-12-31: R1, R2.
        Assert.Equal(new DocumentFigures(1, 1, 2), summary.Regulations);
        // 规范性文件: issued N1, N2; repealed N3; in force N1, N2 (N3's repeal takes effect on 12-31, N2's in 2025).
        Assert.Equal(new DocumentFigures(2, 1, 2), summary.NormativeDocuments);
    }

    [Fact]
    public void Counts_decisions_of_the_year_and_converts_fees_to_ten_thousand_yuan()
    {
        var summary = Article20Summary.Compute(2024, Documents, Decisions, Fees);
        Assert.Equal((2, 1, 0), (summary.LicensingDecisions, summary.PenaltyDecisions, summary.CoercionDecisions));
        // 123 450 + 876 550 = 1 000 000 fen = 10 000 yuan = 1 万元; the 2023 fee is not counted.
        Assert.Equal(1_000_000L, summary.FeesFen);
        Assert.Equal(1m, summary.FeesTenThousandYuan);
        // 5 000 fen = 50 yuan = 0.005 万元.
        Assert.Equal(0.005m, Article20Summary.Compute(2023, [], [], Fees).FeesTenThousandYuan);
    }

    [Fact]
    public void Fills_table_2_of_the_2021_format()
    {
        var table = new ProactiveTable(NationalFormats.Format2021);
        Article20Summary.Compute(2024, Documents, Decisions, Fees).WriteTo(table);
        Assert.Equal([2m, 1m, 2m], table.Values("normative_documents")!.Select(v => v!.Value));
        Assert.Equal(2m, table["administrative_licensing", "decisions_this_year"]);
        Assert.Equal(0m, table["administrative_coercion", "decisions_this_year"]);
        Assert.Equal(1m, table["administrative_fees", "amount_10k_cny"]);
    }
}
