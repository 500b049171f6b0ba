using OpenGovInfo.Domain.AnnualReports;
using OpenGovInfo.Domain.AnnualReports.Rules;

namespace OpenGovInfo.Documents.Reading;

/// <summary>Builds the reader's own findings (rule <c>READ</c>, severity error): what could not be read and where.</summary>
internal static class ReadFindings
{
    /// <summary>A cell or row left null.</summary>
    public static Finding Unread(string where, string why, SourcePlace? place) =>
        new(RuleIds.Read, FindingSeverity.Error, where,
            place is { } p ? $"{p.Describe()}：{why}，未读取（保留为空）" : $"{why}，未读取（保留为空）");

    /// <summary>"digit run '…' splits in N ways" style reason (the ways that survive every rule the table has).</summary>
    public static string Ambiguous(string raw, int ways) =>
        ways == 0
            ? $"数字串“{raw}”无法按本表格式拆分为各单元格"
            : $"数字串“{raw}”有{ways}种可能的拆分（位数、无前导零及本表勾稽关系都不能排除），无法确定";
}
