namespace OpenGovInfo.Platform.Demo;

/// <summary>
/// The demo catalogue of proactively disclosed items. The bureau's 2023 items match its published 2023 figures:
/// 36 items — 15 工作动态, 2 计划总结, 0 人事信息, 0 行政执法信息, 19 其他.
/// </summary>
public static class DemoItems
{
    /// <summary>The bureau's 2023 work updates (工作动态).</summary>
    public static IReadOnlyList<string> Bureau2023WorkUpdates { get; } =
    [
        "平桥区召开2023年科技创新工作会议", "区科工信局开展规模以上工业企业走访调研", "平桥区组织企业参加中原科技成果对接会",
        "区科工信局召开安全生产专题会议", "平桥区开展科技活动周系列活动", "区科工信局推进“专精特新”企业培育工作",
        "平桥区组织开展高新技术企业认定申报培训", "区科工信局开展节能监察专项行动", "平桥区召开工业经济运行分析会",
        "区科工信局开展科普进社区活动", "平桥区推进5G基站建设和网络覆盖", "区科工信局组织开展无线电安全保障工作",
        "平桥区召开科技型中小企业评价工作推进会", "区科工信局开展“万人助万企”专项活动", "平桥区举办工业企业数字化转型培训班",
    ];

    /// <summary>The bureau's 2023 plans and summaries (计划总结).</summary>
    public static IReadOnlyList<string> Bureau2023Plans { get; } =
    [
        "平桥区科学技术和工业信息化局2023年工作要点", "平桥区科学技术和工业信息化局2022年工作总结",
    ];

    /// <summary>The bureau's 2023 other items (其他).</summary>
    public static IReadOnlyList<string> Bureau2023Other { get; } =
    [
        "关于申报2023年度区级科技计划项目的通知", "关于组织申报2023年省级工业和信息化专项资金的通知",
        "2023年第一批科技型中小企业入库名单公示", "关于开展2023年度工业企业统计培训的通知",
        "平桥区科学技术和工业信息化局部门预算公开说明", "关于征集2023年度科技成果转化项目的公告",
        "2023年区级工程技术研究中心拟认定名单公示", "关于做好2023年度节能目标责任评价考核的通知",
        "平桥区科学技术和工业信息化局政府信息公开指南（2023年修订）", "2023年第二批科技型中小企业入库名单公示",
        "关于开展2023年度高新技术企业培育入库工作的通知", "2023年度区级“专精特新”中小企业名单公示",
        "关于举办2023年平桥区创新创业大赛的公告", "平桥区科学技术和工业信息化局2022年度部门决算公开",
        "关于开展2023年科技特派员选派工作的通知", "2023年区级企业技术中心认定结果公示",
        "关于征求《平桥区促进科技创新若干措施（征求意见稿）》意见的公告", "2023年平桥区科技创新券兑付名单公示",
        "关于开展2023年度工业企业安全生产大检查的通知",
    ];

    /// <summary>Title patterns for the other agencies' items: category code and a title with {0} = agency, {1} = year.</summary>
    public static IReadOnlyList<(string Category, string Title)> OtherPatterns { get; } =
    [
        ("work_updates", "{0}召开{1}年重点工作推进会"),
        ("work_updates", "{0}开展{1}年政务公开培训"),
        ("plans_summaries", "{0}{1}年工作要点"),
        ("personnel", "{0}{1}年公开招聘工作人员公告"),
        ("other", "{0}{1}年部门预算公开说明"),
        ("other_statutory", "{0}{1}年政府信息公开工作年度报告"),
        ("law_enforcement", "{0}{1}年行政执法统计年报"),
    ];
}
