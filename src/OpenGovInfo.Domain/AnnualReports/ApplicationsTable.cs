namespace OpenGovInfo.Domain.AnnualReports;

/// <summary>Table 3 (收到和处理政府信息公开申请情况): rows of the format × the 7 applicant columns.</summary>
public sealed class ApplicationsTable
{
    private readonly int?[]?[] rows;

    /// <summary>Creates a table with every row present and every cell unknown.</summary>
    public ApplicationsTable(AnnualReportFormat format)
    {
        Format = format;
        rows = new int?[]?[format.ApplicationRows.Count];
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] = new int?[TableLayouts.ColumnCount];
        }
    }

    /// <summary>The format whose rows this table has.</summary>
    public AnnualReportFormat Format { get; }

    /// <summary>A row's cells by row index, or null when the whole row was not read.</summary>
    public int?[]? RowAt(int rowIndex) => rows[rowIndex];

    /// <summary>A row's cells by code, or null when the whole row was not read.</summary>
    public int?[]? Row(string code) => rows[Format.RowIndexOf(code)];

    /// <summary>Replaces a whole row (7 cells) or marks it as not read (null).</summary>
    public void SetRow(string code, int?[]? cells)
    {
        if (cells is not null && cells.Length != TableLayouts.ColumnCount)
        {
            throw new ArgumentException($"A Table 3 row has {TableLayouts.ColumnCount} cells.", nameof(cells));
        }

        rows[Format.RowIndexOf(code)] = cells;
    }

    /// <summary>One cell, or null when unknown.</summary>
    public int? this[string code, int column]
    {
        get => rows[Format.RowIndexOf(code)]?[column];
        set => (rows[Format.RowIndexOf(code)] ??= new int?[TableLayouts.ColumnCount])[column] = value;
    }

    /// <summary>One cell by row index, or null when unknown.</summary>
    public int? Cell(int rowIndex, int column) => rows[rowIndex]?[column];
}
