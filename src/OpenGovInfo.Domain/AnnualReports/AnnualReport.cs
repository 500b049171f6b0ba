namespace OpenGovInfo.Domain.AnnualReports;

/// <summary>
/// A 政府信息公开工作年度报告: its numbers exactly as published (or compiled), its narrative, and the findings
/// about it. A <c>null</c> cell is a value the report does not print or that could not be read — never a made-up 0.
/// </summary>
public sealed class AnnualReport
{
    /// <summary>Creates an empty report of a format: every table present, every cell unknown.</summary>
    public AnnualReport(ReportFormat format)
    {
        Format = format;
        Proactive = new ProactiveTable(Definition);
        Applications = new ApplicationsTable(Definition);
        ReviewLitigation = new ReviewLitigationTable();
    }

    /// <summary>The layout the report follows.</summary>
    public ReportFormat Format { get; }

    /// <summary>The layout's definition (codes and labels).</summary>
    public AnnualReportFormat Definition => NationalFormats.Get(Format);

    /// <summary>The reporting body (报告主体), as printed.</summary>
    public string? Agency { get; set; }

    /// <summary>The reporting year (the year the data cover).</summary>
    public int? Year { get; set; }

    /// <summary>Table 2, or null when it was not read at all.</summary>
    public ProactiveTable? Proactive { get; set; }

    /// <summary>Table 3, or null when it was not read at all.</summary>
    public ApplicationsTable? Applications { get; set; }

    /// <summary>Table 4, or null when it was not read at all.</summary>
    public ReviewLitigationTable? ReviewLitigation { get; set; }

    /// <summary>Narrative sections by key (<c>overview</c>, <c>problems_and_improvements</c>, <c>other_matters</c>, …).</summary>
    public OrderedDictionary<string, string> Sections { get; } = new(StringComparer.Ordinal);

    /// <summary>Findings attached to the report (rule breaks and reader problems).</summary>
    public List<Finding> Findings { get; } = [];

    /// <summary>Where the report was read from, as given to the reader.</summary>
    public string? Source { get; set; }

    /// <summary>The report's usual title, e.g. 平桥区科学技术和工业信息化局2023年政府信息公开工作年度报告.</summary>
    public string Title => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"{Agency}{(Year is { } y ? $"{y}年" : "")}政府信息公开工作年度报告");
}
