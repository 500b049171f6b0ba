namespace OpenGovInfo.Domain.AnnualReports.Rules;

/// <summary>Rule ids of annual-report-format.md §3, plus the reader's own.</summary>
public static class RuleIds
{
    /// <summary>第一项 + 第二项 = 第三项 + 第四项, per column.</summary>
    public const string ColumnBalance = "T3-1";

    /// <summary>（七）总计 = Σ outcome rows, per column.</summary>
    public const string OutcomeSum = "T3-2";

    /// <summary>总计 column = Σ of the six applicant columns, per row.</summary>
    public const string ApplicantTotal = "T3-3";

    /// <summary>Table 3 cells are integers ≥ 0.</summary>
    public const string ApplicationsNonNegative = "T3-4";

    /// <summary>（七）总计 ≤ 一 + 二, per column.</summary>
    public const string ProcessedNotAboveAvailable = "T3-5";

    /// <summary>上年结转 (N) = 结转下年度 (N−1), per column.</summary>
    public const string CarryOverAcrossYears = "T3-6";

    /// <summary>Table 4 总计 = 维持 + 纠正 + 其他 + 尚未审结, per group.</summary>
    public const string ReviewTotal = "T4-1";

    /// <summary>Table 4 cells are integers ≥ 0.</summary>
    public const string ReviewNonNegative = "T4-2";

    /// <summary>Table 2 values are ≥ 0 (counts integers).</summary>
    public const string ProactiveNonNegative = "T2-1";

    /// <summary>现行有效 (N) ≈ 现行有效 (N−1) + 制发 − 废止.</summary>
    public const string InForceContinuity = "T2-2";

    /// <summary>规章 only from bodies with rule-making power.</summary>
    public const string RuleMakingPower = "T2-3";

    /// <summary>Fees charged ⇒ section 六 mentions 信息处理费.</summary>
    public const string FeeStatement = "X-1";

    /// <summary>Figures quoted in section 一 equal Table 3.</summary>
    public const string NarrativeFigures = "X-2";

    /// <summary>A reader could not read a cell or table.</summary>
    public const string Read = "READ";
}
