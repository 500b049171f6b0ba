using OpenGovInfo.Domain.AnnualReports;

namespace OpenGovInfo.Domain.Applications;

/// <summary>
/// How a closed case ends: exactly one outcome row of annual-report Table 3 (regulation-deadlines.md AP-6), taken from
/// <see cref="NationalFormats.Format2021"/> — 予以公开, 部分公开, the eight 不予公开 reasons, three 无法提供, five 不予处理,
/// three 其他处理 — so codes and labels are never re-typed here.
/// </summary>
public sealed record ApplicationOutcome
{
    private ApplicationOutcome(ApplicationRowDefinition row) => Row = row;

    /// <summary>All 21 outcomes in print order.</summary>
    public static IReadOnlyList<ApplicationOutcome> All { get; } =
        [.. NationalFormats.Format2021.ApplicationRows.Where(r => r.Kind == ApplicationRowKind.Outcome).Select(r => new ApplicationOutcome(r))];

    /// <summary>（一）予以公开.</summary>
    public static ApplicationOutcome Granted { get; } = Get("granted");

    /// <summary>（二）部分公开.</summary>
    public static ApplicationOutcome PartiallyGranted { get; } = Get("partially_granted");

    /// <summary>（四）3.补正后申请内容仍不明确 (AP-3d).</summary>
    public static ApplicationOutcome UnclearAfterSupplement { get; } = Get("unable.unclear_after_supplement");

    /// <summary>（六）1.申请人无正当理由逾期不补正 (条例 第三十条, AP-3d).</summary>
    public static ApplicationOutcome SupplementOverdue { get; } = Get("other.supplement_overdue");

    /// <summary>（六）2.申请人逾期未按收费通知要求缴纳费用 (FEE-5).</summary>
    public static ApplicationOutcome FeeUnpaid { get; } = Get("other.fee_unpaid");

    /// <summary>（六）3.其他 (e.g. withdrawn).</summary>
    public static ApplicationOutcome OtherHandling { get; } = Get("other.other");

    /// <summary>The annual-report row.</summary>
    public ApplicationRowDefinition Row { get; }

    /// <summary>Stable code, e.g. <c>withheld.state_secret</c>.</summary>
    public string Code => Row.Code;

    /// <summary>Exact printed label, e.g. <c>1.属于国家秘密</c>.</summary>
    public string Label => Row.Label;

    /// <summary>（三）不予公开 / （四）无法提供 / （五）不予处理 / （六）其他处理, or null for 予以公开 and 部分公开.</summary>
    public OutcomeCategory? Category => Row.Category;

    /// <summary>The label with its category, e.g. “（三）不予公开 1.属于国家秘密”.</summary>
    public string FullLabel => Category is null ? Label : $"{Category.Label} {Label}";

    /// <summary>The outcome with <paramref name="code"/>, or null.</summary>
    public static ApplicationOutcome? FromCode(string code) => All.FirstOrDefault(o => string.Equals(o.Code, code, StringComparison.Ordinal));

    private static ApplicationOutcome Get(string code) => All.First(o => o.Code == code);

    /// <inheritdoc />
    public override string ToString() => Code;
}
