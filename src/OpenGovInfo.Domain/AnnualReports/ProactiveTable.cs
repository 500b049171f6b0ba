namespace OpenGovInfo.Domain.AnnualReports;

/// <summary>Table 2 (主动公开政府信息情况): one value per Article 20 item and measure of its block.</summary>
public sealed class ProactiveTable
{
    private readonly decimal?[]?[] items;

    /// <summary>Creates a table with every item present and every value unknown.</summary>
    public ProactiveTable(AnnualReportFormat format)
    {
        Format = format;
        items = new decimal?[]?[format.ProactiveItems.Count];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = new decimal?[format.Block(format.ProactiveItems[i].Code).Measures.Count];
        }
    }

    /// <summary>The format whose items this table has.</summary>
    public AnnualReportFormat Format { get; }

    /// <summary>An item's values (in the order of its block's measures), or null when the item was not read.</summary>
    public decimal?[]? Values(string code) => items[IndexOf(code)];

    /// <summary>Replaces an item's values or marks it as not read (null).</summary>
    public void SetValues(string code, decimal?[]? values)
    {
        var index = IndexOf(code);
        var expected = Format.Block(code).Measures.Count;
        if (values is not null && values.Length != expected)
        {
            throw new ArgumentException($"Item {code} has {expected} values.", nameof(values));
        }

        items[index] = values;
    }

    /// <summary>One value by item and measure code, or null when unknown.</summary>
    public decimal? this[string itemCode, string measureCode]
    {
        get => items[IndexOf(itemCode)]?[MeasureIndex(itemCode, measureCode)];
        set
        {
            var block = Format.Block(itemCode);
            (items[IndexOf(itemCode)] ??= new decimal?[block.Measures.Count])[MeasureIndex(itemCode, measureCode)] = value;
        }
    }

    private int IndexOf(string code)
    {
        for (var i = 0; i < Format.ProactiveItems.Count; i++)
        {
            if (string.Equals(Format.ProactiveItems[i].Code, code, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(code), code, $"Not a Table 2 item of the {Format.JsonName} format.");
    }

    private int MeasureIndex(string itemCode, string measureCode)
    {
        var measures = Format.Block(itemCode).Measures;
        for (var i = 0; i < measures.Count; i++)
        {
            if (string.Equals(measures[i].Code, measureCode, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(measureCode), measureCode, $"Not a measure of {itemCode}.");
    }
}
