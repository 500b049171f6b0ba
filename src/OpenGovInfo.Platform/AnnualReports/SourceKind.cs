namespace OpenGovInfo.Platform.AnnualReports;

/// <summary>What kind of record a compiled cell counts (the drill-down list's table).</summary>
public enum SourceKind
{
    /// <summary>依申请公开 cases (Table 3).</summary>
    Application,

    /// <summary>行政复议 / 行政诉讼 records (Table 4).</summary>
    Remedy,

    /// <summary>规章 / 行政规范性文件 register rows (Table 2, 第二十条（一）).</summary>
    RegisterDocument,

    /// <summary>许可 / 处罚 / 强制 decisions (Table 2, 第二十条（五）（六）).</summary>
    RegisterDecision,

    /// <summary>行政事业性收费 rows (Table 2, 第二十条（八）).</summary>
    RegisterFee,

    /// <summary>Published items (the overview's proactive-disclosure counts).</summary>
    Item,
}
