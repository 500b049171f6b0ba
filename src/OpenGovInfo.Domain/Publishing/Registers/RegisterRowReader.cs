using System.Globalization;

namespace OpenGovInfo.Domain.Publishing.Registers;

/// <summary>Reads typed cells from one parsed row, adding an <see cref="ImportIssue"/> for each bad cell.</summary>
internal sealed class RegisterRowReader(IReadOnlyDictionary<string, string> row, int rowNumber, List<ImportIssue> issues)
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyy年M月d日"];

    internal int RowNumber { get; } = rowNumber;

    internal string? Text(string column)
    {
        var value = row.GetValueOrDefault(column)?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            Add(column, "不能为空");
            return null;
        }

        return value;
    }

    internal DateOnly? Date(string column, bool required = true)
    {
        var value = row.GetValueOrDefault(column)?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            if (required)
            {
                Add(column, "不能为空");
            }

            return null;
        }

        if (DateOnly.TryParseExact(value, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Add(column, $"“{value}”不是有效日期（应为 yyyy-MM-dd）");
        return null;
    }

    internal T? Choice<T>(string column, IReadOnlyDictionary<string, T> choices)
        where T : struct
    {
        var value = Text(column);
        if (value is null)
        {
            return null;
        }

        if (choices.TryGetValue(value, out var choice))
        {
            return choice;
        }

        Add(column, $"“{value}”无效，应为：{string.Join('、', choices.Keys)}");
        return null;
    }

    /// <summary>A non-negative yuan amount with at most two decimals, as fen.</summary>
    internal long? AmountFen(string column)
    {
        var value = Text(column);
        if (value is null)
        {
            return null;
        }

        if (!decimal.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var yuan)
            || yuan > long.MaxValue / 100m || yuan * 100 != decimal.Truncate(yuan * 100))
        {
            Add(column, $"“{value}”不是有效金额（元，最多两位小数，不能为负数）");
            return null;
        }

        return (long)(yuan * 100);
    }

    internal void Add(string column, string message) => issues.Add(new ImportIssue(RowNumber, column, message));
}
