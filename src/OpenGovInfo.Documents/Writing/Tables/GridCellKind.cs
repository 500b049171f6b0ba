namespace OpenGovInfo.Documents.Writing.Tables;

/// <summary>What a cell of a rendered table is, so each format can style it (header, label, number…).</summary>
internal enum GridCellKind
{
    /// <summary>The reconciliation note in the top-left corner of Table 3.</summary>
    Note,

    /// <summary>A column header (信息内容, 自然人, 结果维持 …).</summary>
    ColumnHeader,

    /// <summary>A row label (规章, 1.属于国家秘密, 三、本年度办理结果 …).</summary>
    RowHeader,

    /// <summary>A Table 2 block title row (第二十条第（一）项) spanning every column.</summary>
    GroupTitle,

    /// <summary>A number (or an empty cell where the value is unknown).</summary>
    Value,
}
