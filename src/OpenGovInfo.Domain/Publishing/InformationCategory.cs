namespace OpenGovInfo.Domain.Publishing;

/// <summary>
/// The category (信息类别) of a proactively disclosed item: the general categories used on government portals and
/// the 条例 第二十条 items. <see cref="ReportItemCode"/> links an item to its annual-report Table 2 row, if any.
/// </summary>
/// <param name="Code">Stable machine code.</param>
/// <param name="Name">Exact Chinese name.</param>
/// <param name="Article20Clause">The 第二十条 clause number (1–15), or null for a general category.</param>
/// <param name="ReportItemCode">The Table 2 item code (NationalFormats), or null.</param>
public sealed record InformationCategory(string Code, string Name, int? Article20Clause = null, string? ReportItemCode = null)
{
    /// <summary>工作动态.</summary>
    public static InformationCategory WorkUpdates { get; } = new("work_updates", "工作动态");

    /// <summary>计划总结.</summary>
    public static InformationCategory PlansAndSummaries { get; } = new("plans_summaries", "计划总结");

    /// <summary>人事信息.</summary>
    public static InformationCategory Personnel { get; } = new("personnel", "人事信息");

    /// <summary>行政执法信息.</summary>
    public static InformationCategory LawEnforcement { get; } = new("law_enforcement", "行政执法信息");

    /// <summary>其他.</summary>
    public static InformationCategory Other { get; } = new("other", "其他");

    /// <summary>条例 第二十条（一）: 规章.</summary>
    public static InformationCategory Regulations { get; } = new("regulations", "规章", 1, "regulations");

    /// <summary>条例 第二十条（一）: 行政规范性文件 (legal review required, see <see cref="RequiresLegalReview"/>).</summary>
    public static InformationCategory NormativeDocuments { get; } =
        new("normative_documents", "行政规范性文件", 1, "normative_documents");

    /// <summary>条例 第二十条（五）: 行政许可.</summary>
    public static InformationCategory AdministrativeLicensing { get; } =
        new("administrative_licensing", "行政许可", 5, "administrative_licensing");

    /// <summary>条例 第二十条（六）: 行政处罚.</summary>
    public static InformationCategory AdministrativePenalty { get; } =
        new("administrative_penalty", "行政处罚", 6, "administrative_penalty");

    /// <summary>条例 第二十条（六）: 行政强制.</summary>
    public static InformationCategory AdministrativeCoercion { get; } =
        new("administrative_coercion", "行政强制", 6, "administrative_coercion");

    /// <summary>条例 第二十条（八）: 行政事业性收费.</summary>
    public static InformationCategory AdministrativeFees { get; } =
        new("administrative_fees", "行政事业性收费", 8, "administrative_fees");

    /// <summary>Every category: the five general ones, then the 第二十条 items in clause order.</summary>
    public static IReadOnlyList<InformationCategory> All { get; } =
    [
        WorkUpdates, PlansAndSummaries, Personnel, LawEnforcement, Other,
        Regulations, NormativeDocuments,
        new("organisation", "机关职能、机构设置、办公地址、办公时间、联系方式、负责人姓名", 2),
        new("plans_policies", "国民经济和社会发展规划、专项规划、区域规划及相关政策", 3),
        new("statistics", "国民经济和社会发展统计信息", 4),
        AdministrativeLicensing,
        new("other_external_services", "其他对外管理服务事项", 5),
        AdministrativePenalty, AdministrativeCoercion,
        new("budgets", "财政预算、决算信息", 7),
        AdministrativeFees,
        new("procurement", "政府集中采购项目的目录、标准及实施情况", 9),
        new("major_projects", "重大建设项目的批准和实施情况", 10),
        new("livelihood", "扶贫、教育、医疗、社会保障、促进就业等方面的政策、措施及其实施情况", 11),
        new("emergencies", "突发公共事件的应急预案、预警信息及应对情况", 12),
        new("supervision", "环境保护、公共卫生、安全生产、食品药品、产品质量的监督检查情况", 13),
        new("civil_service_recruitment", "公务员招考的职位、名额、报考条件等事项以及录用结果", 14),
        new("other_statutory", "法律、法规、规章和国家有关规定规定应当主动公开的其他政府信息", 15),
    ];

    /// <summary>
    /// Whether items of this category go through 法律审核 by default: regulations and normative documents must pass a
    /// legality review before issue (《国务院办公厅关于全面推行行政规范性文件合法性审核机制的指导意见》; document number not verified here).
    /// A workflow may still require it for any single item.
    /// </summary>
    public bool RequiresLegalReview => Code is "regulations" or "normative_documents";

    /// <summary>The category with <paramref name="code"/>, or null.</summary>
    public static InformationCategory? FromCode(string code) => All.FirstOrDefault(c => c.Code == code);
}
