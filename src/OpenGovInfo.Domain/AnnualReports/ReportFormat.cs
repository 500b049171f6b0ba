namespace OpenGovInfo.Domain.AnnualReports;

/// <summary>Which national layout a report follows.</summary>
public enum ReportFormat
{
    /// <summary>国办公开办函〔2019〕60号 trial format, used for the 2019 and 2020 reports.</summary>
    Trial2019 = 2019,

    /// <summary>国办公开办函〔2021〕30号 format, in force from the 2021 reporting year.</summary>
    Format2021 = 2021,
}
