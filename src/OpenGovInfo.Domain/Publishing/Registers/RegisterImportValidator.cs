namespace OpenGovInfo.Domain.Publishing.Registers;

/// <summary>
/// Validates already-parsed register rows (Chinese column headers → cell text) from a CSV or XLSX upload, row by row.
/// Nothing is imported when any row is invalid: the result carries either every record or none, plus the report.
/// </summary>
public static class RegisterImportValidator
{
    private static readonly Dictionary<string, RegisterDocumentKind> DocumentKinds = new(StringComparer.Ordinal)
    {
        ["规章"] = RegisterDocumentKind.Regulation,
        ["行政规范性文件"] = RegisterDocumentKind.NormativeDocument,
    };

    private static readonly Dictionary<string, EnforcementDecisionKind> DecisionKinds = new(StringComparer.Ordinal)
    {
        ["行政许可"] = EnforcementDecisionKind.Licensing,
        ["行政处罚"] = EnforcementDecisionKind.Penalty,
        ["行政强制"] = EnforcementDecisionKind.Coercion,
    };

    private static readonly Dictionary<string, bool> SubjectTypes = new(StringComparer.Ordinal)
    {
        ["自然人"] = true,
        ["法人或其他组织"] = false,
    };

    /// <summary>The accepted 类别 values of the document register, for entry forms.</summary>
    public static IReadOnlyCollection<string> DocumentKindNames => DocumentKinds.Keys;

    /// <summary>The accepted 类别 values of the decision register, for entry forms.</summary>
    public static IReadOnlyCollection<string> DecisionKindNames => DecisionKinds.Keys;

    /// <summary>The accepted 当事人类型 values, for entry forms.</summary>
    public static IReadOnlyCollection<string> SubjectTypeNames => SubjectTypes.Keys;

    /// <summary>The 规章 / 行政规范性文件 register: 类别, 标题, 文号, 发布日期, 废止日期 (optional).</summary>
    public static RegisterImportResult<NormativeDocumentRecord> ValidateNormativeDocuments(
        IReadOnlyList<IReadOnlyDictionary<string, string>> rows) =>
        Validate(rows, [RegisterColumns.Kind, RegisterColumns.Title, RegisterColumns.DocumentNumber, RegisterColumns.IssuedOn],
            RegisterColumns.DocumentNumber, ReadDocument);

    /// <summary>The decision register: 类别, 决定书文号, 决定日期, 当事人, 当事人类型.</summary>
    public static RegisterImportResult<EnforcementDecisionRecord> ValidateEnforcementDecisions(
        IReadOnlyList<IReadOnlyDictionary<string, string>> rows) =>
        Validate(rows, [RegisterColumns.Kind, RegisterColumns.DecisionNumber, RegisterColumns.DecidedOn,
            RegisterColumns.Subject, RegisterColumns.SubjectType], RegisterColumns.DecisionNumber, ReadDecision);

    /// <summary>The fee register: 收费项目, 收费金额（元）, 收费日期.</summary>
    public static RegisterImportResult<FeeCollectionRecord> ValidateFees(IReadOnlyList<IReadOnlyDictionary<string, string>> rows) =>
        Validate(rows, [RegisterColumns.FeeItem, RegisterColumns.AmountYuan, RegisterColumns.CollectedOn], null, ReadFee);

    private static RegisterImportResult<T> Validate<T>(IReadOnlyList<IReadOnlyDictionary<string, string>> rows,
        string[] required, string? uniqueColumn, Func<RegisterRowReader, T?> read)
        where T : class
    {
        var issues = new List<ImportIssue>();
        if (rows.Count == 0)
        {
            return new([], [new ImportIssue(1, "", "文件没有数据行")]);
        }

        var missing = required.Where(c => !rows[0].ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            return new([], [.. missing.Select(c => new ImportIssue(1, c, "缺少此列"))]);
        }

        var records = new List<T>();
        var firstRowOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < rows.Count; i++)
        {
            var reader = new RegisterRowReader(rows[i], i + 2, issues);
            if (read(reader) is { } record)
            {
                records.Add(record);
            }

            CheckUnique(rows[i], uniqueColumn, reader, firstRowOf);
        }

        return new(records, issues);
    }

    private static void CheckUnique(IReadOnlyDictionary<string, string> row, string? column, RegisterRowReader reader,
        Dictionary<string, int> firstRowOf)
    {
        var value = column is null ? null : row.GetValueOrDefault(column)?.Trim();
        if (column is null || string.IsNullOrEmpty(value))
        {
            return;
        }

        if (!firstRowOf.TryAdd(value, reader.RowNumber))
        {
            reader.Add(column, $"“{value}”与第 {firstRowOf[value]} 行重复");
        }
    }

    private static NormativeDocumentRecord? ReadDocument(RegisterRowReader r)
    {
        var (kind, title, number) = (r.Choice(RegisterColumns.Kind, DocumentKinds), r.Text(RegisterColumns.Title),
            r.Text(RegisterColumns.DocumentNumber));
        var (issued, repealed) = (r.Date(RegisterColumns.IssuedOn), r.Date(RegisterColumns.RepealedOn, required: false));
        if (issued is not null && repealed < issued)
        {
            r.Add(RegisterColumns.RepealedOn, "废止日期早于发布日期");
            return null;
        }

        return kind is null || title is null || number is null || issued is null
            ? null
            : new NormativeDocumentRecord(kind.Value, title, number, issued.Value, repealed);
    }

    private static EnforcementDecisionRecord? ReadDecision(RegisterRowReader r)
    {
        var (kind, number, decided) = (r.Choice(RegisterColumns.Kind, DecisionKinds), r.Text(RegisterColumns.DecisionNumber),
            r.Date(RegisterColumns.DecidedOn));
        var (subject, natural) = (r.Text(RegisterColumns.Subject), r.Choice(RegisterColumns.SubjectType, SubjectTypes));
        return kind is null || number is null || decided is null || subject is null || natural is null
            ? null
            : new EnforcementDecisionRecord(kind.Value, number, decided.Value, new DecisionSubject(subject, natural.Value));
    }

    private static FeeCollectionRecord? ReadFee(RegisterRowReader r)
    {
        var (item, fen, collected) = (r.Text(RegisterColumns.FeeItem), r.AmountFen(RegisterColumns.AmountYuan),
            r.Date(RegisterColumns.CollectedOn));
        return item is null || fen is null || collected is null ? null : new FeeCollectionRecord(item, fen.Value, collected.Value);
    }
}
