using System.ComponentModel.DataAnnotations;
using OpenGovInfo.Domain.Publishing.Registers;
using OpenGovInfo.Platform.Registers;

namespace OpenGovInfo.Web.Areas.Staff.Pages.Agencies;

/// <summary>
/// One register record as typed (every field text, so the register rules — not the model binder — judge dates and
/// amounts). Only the input shape (lengths) is checked here; the rules are the import's, in the Domain.
/// </summary>
public sealed class RegisterEntryForm
{
    /// <summary>Form field → import column, per register.</summary>
    public static IReadOnlyDictionary<RegisterKind, (string Field, string Column)[]> Fields { get; } =
        new Dictionary<RegisterKind, (string, string)[]>
        {
            [RegisterKind.Documents] =
            [
                (nameof(Category), RegisterColumns.Kind), (nameof(Title), RegisterColumns.Title),
                (nameof(DocumentNumber), RegisterColumns.DocumentNumber), (nameof(IssuedOn), RegisterColumns.IssuedOn),
                (nameof(RepealedOn), RegisterColumns.RepealedOn),
            ],
            [RegisterKind.Decisions] =
            [
                (nameof(Category), RegisterColumns.Kind), (nameof(DecisionNumber), RegisterColumns.DecisionNumber),
                (nameof(DecidedOn), RegisterColumns.DecidedOn), (nameof(Subject), RegisterColumns.Subject),
                (nameof(SubjectType), RegisterColumns.SubjectType),
            ],
            [RegisterKind.Fees] =
            [
                (nameof(FeeItem), RegisterColumns.FeeItem), (nameof(AmountYuan), RegisterColumns.AmountYuan),
                (nameof(CollectedOn), RegisterColumns.CollectedOn),
            ],
        };

    /// <summary>类别 (规章 / 行政规范性文件, or 行政许可 / 行政处罚 / 行政强制).</summary>
    [StringLength(20, ErrorMessage = "类别无效。")]
    public string? Category { get; set; }

    /// <summary>标题.</summary>
    [StringLength(200, ErrorMessage = "标题不能超过 {1} 个字符。")]
    public string? Title { get; set; }

    /// <summary>文号.</summary>
    [StringLength(100, ErrorMessage = "文号不能超过 {1} 个字符。")]
    public string? DocumentNumber { get; set; }

    /// <summary>发布日期.</summary>
    [StringLength(20, ErrorMessage = "发布日期无效。")]
    public string? IssuedOn { get; set; }

    /// <summary>废止日期.</summary>
    [StringLength(20, ErrorMessage = "废止日期无效。")]
    public string? RepealedOn { get; set; }

    /// <summary>决定书文号.</summary>
    [StringLength(100, ErrorMessage = "决定书文号不能超过 {1} 个字符。")]
    public string? DecisionNumber { get; set; }

    /// <summary>决定日期.</summary>
    [StringLength(20, ErrorMessage = "决定日期无效。")]
    public string? DecidedOn { get; set; }

    /// <summary>当事人.</summary>
    [StringLength(200, ErrorMessage = "当事人不能超过 {1} 个字符。")]
    public string? Subject { get; set; }

    /// <summary>当事人类型.</summary>
    [StringLength(20, ErrorMessage = "当事人类型无效。")]
    public string? SubjectType { get; set; }

    /// <summary>收费项目.</summary>
    [StringLength(200, ErrorMessage = "收费项目不能超过 {1} 个字符。")]
    public string? FeeItem { get; set; }

    /// <summary>收费金额（元）.</summary>
    [StringLength(30, ErrorMessage = "收费金额无效。")]
    public string? AmountYuan { get; set; }

    /// <summary>收费日期.</summary>
    [StringLength(20, ErrorMessage = "收费日期无效。")]
    public string? CollectedOn { get; set; }

    /// <summary>The cells of <paramref name="kind"/>'s register, keyed by import column.</summary>
    public Dictionary<string, string?> Cells(RegisterKind kind) =>
        Fields[kind].ToDictionary(f => f.Column, f => (string?)Property(f.Field).GetValue(this), StringComparer.Ordinal);

    /// <summary>The form field of an import column in <paramref name="kind"/>'s register, or null.</summary>
    public static string? FieldOf(RegisterKind kind, string? column) =>
        Fields[kind].Where(f => f.Column == column).Select(f => f.Field).FirstOrDefault();

    /// <summary>A form filled from a stored row's cells (keyed by import column), for the 更正 form.</summary>
    public static RegisterEntryForm FromCells(RegisterKind kind, IReadOnlyDictionary<string, string> cells)
    {
        var form = new RegisterEntryForm();
        foreach (var (field, column) in Fields[kind])
        {
            Property(field).SetValue(form, cells.TryGetValue(column, out var value) ? value : null);
        }

        return form;
    }

    // Fields names properties of this class (nameof), so a miss is a bug.
    private static System.Reflection.PropertyInfo Property(string name) =>
        typeof(RegisterEntryForm).GetProperty(name) ?? throw new InvalidOperationException($"RegisterEntryForm has no property {name}.");
}
