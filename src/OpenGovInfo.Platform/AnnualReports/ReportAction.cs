namespace OpenGovInfo.Platform.AnnualReports;

/// <summary>What happened to a report (its append-only timeline).</summary>
public enum ReportAction
{
    /// <summary>保存（编制）: a new version.</summary>
    Save,

    /// <summary>报送: to 政务公开办.</summary>
    Submit,

    /// <summary>退回: with comments.</summary>
    Return,

    /// <summary>审核通过: cleared by 政务公开办.</summary>
    Clear,

    /// <summary>公开: frozen and published on the 年报 column.</summary>
    Publish,

    /// <summary>导入: a report published elsewhere, read from its file.</summary>
    Import,
}

/// <summary>Names of <see cref="ReportAction"/>.</summary>
public static class ReportActions
{
    /// <summary>The name people read.</summary>
    public static string Name(this ReportAction action) => action switch
    {
        ReportAction.Save => "保存",
        ReportAction.Submit => "报送",
        ReportAction.Return => "退回",
        ReportAction.Clear => "审核通过",
        ReportAction.Import => "导入",
        _ => "公开",
    };
}
