namespace OpenGovInfo.Documents.Writing;

/// <summary>The three tables of the national format.</summary>
internal enum ReportTableKind
{
    /// <summary>Table 2, 主动公开政府信息情况.</summary>
    Proactive,

    /// <summary>Table 3, 收到和处理政府信息公开申请情况.</summary>
    Applications,

    /// <summary>Table 4, 政府信息公开行政复议、行政诉讼情况.</summary>
    ReviewLitigation,
}
