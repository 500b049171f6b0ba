namespace OpenGovInfo.Domain.AnnualReports;

/// <summary>
/// The codes of the national formats' rows, items, measures and sections that code refers to by name. Each code is
/// written once, here, and <see cref="NationalFormats"/> and <see cref="TableLayouts"/> build the formats from these
/// constants, so a rule that names a code names the very string the format holds (a typo is a compile error, and
/// <c>ReportCodesTests</c> fails if a constant is not in a format). An architecture test forbids code literals in rules.
/// </summary>
public static class ReportCodes
{
    /// <summary>Table 3 (applications) row codes.</summary>
    public static class Rows
    {
        /// <summary>一、本年新收.</summary>
        public const string NewReceived = "new_received";

        /// <summary>二、上年结转.</summary>
        public const string CarriedOver = "carried_over_from_previous_year";

        /// <summary>（一）予以公开.</summary>
        public const string Granted = "granted";

        /// <summary>（二）部分公开.</summary>
        public const string PartiallyGranted = "partially_granted";

        /// <summary>（六）2. 逾期未缴费 (2021 format).</summary>
        public const string FeeUnpaid = "other.fee_unpaid";

        /// <summary>（七）总计.</summary>
        public const string TotalProcessed = "total_processed";

        /// <summary>四、结转下年度继续办理.</summary>
        public const string CarriedForward = "carried_forward_to_next_year";
    }

    /// <summary>Table 2 (proactive disclosure, 第二十条) item codes.</summary>
    public static class Items
    {
        /// <summary>规章.</summary>
        public const string Regulations = "regulations";

        /// <summary>（行政）规范性文件.</summary>
        public const string NormativeDocuments = "normative_documents";

        /// <summary>行政许可.</summary>
        public const string AdministrativeLicensing = "administrative_licensing";

        /// <summary>行政处罚.</summary>
        public const string AdministrativePenalty = "administrative_penalty";

        /// <summary>行政强制.</summary>
        public const string AdministrativeCoercion = "administrative_coercion";

        /// <summary>行政事业性收费.</summary>
        public const string AdministrativeFees = "administrative_fees";
    }

    /// <summary>Table 2 measure codes (2021 format).</summary>
    public static class Measures
    {
        /// <summary>本年制发件数.</summary>
        public const string IssuedThisYear = "issued_this_year";

        /// <summary>本年废止件数.</summary>
        public const string RepealedThisYear = "repealed_this_year";

        /// <summary>现行有效件数.</summary>
        public const string InForce = "in_force";

        /// <summary>本年处理决定数量.</summary>
        public const string DecisionsThisYear = "decisions_this_year";

        /// <summary>本年收费金额（单位：万元）.</summary>
        public const string Amount10kCny = "amount_10k_cny";
    }

    /// <summary>Keys of the narrative sections in <see cref="AnnualReport.Sections"/>.</summary>
    public static class Sections
    {
        /// <summary>一、总体情况.</summary>
        public const string Overview = "overview";

        /// <summary>五、存在的主要问题及改进情况.</summary>
        public const string ProblemsAndImprovements = "problems_and_improvements";

        /// <summary>六、其他需要报告的事项.</summary>
        public const string OtherMatters = "other_matters";
    }
}
