using OpenGovInfo.Domain.AnnualReports;

namespace OpenGovInfo.Documents.Reading;

/// <summary>The Domain labels of each format in <see cref="LabelKey"/> form, computed once per process (not per file).</summary>
internal sealed class FormatKeys
{
    private static readonly FormatKeys Format2021 = new(NationalFormats.Format2021);
    private static readonly FormatKeys Trial2019 = new(NationalFormats.Trial2019);

    private FormatKeys(AnnualReportFormat format)
    {
        Rows = new LabelMatcher(format.ApplicationRows.Select(r => LabelKey.Of(r.Label)));
        Items = [.. format.ProactiveItems.Select(i => LabelKey.Of(i.Label))];
    }

    /// <summary>Matcher over the Table 3 row labels, in print order.</summary>
    public LabelMatcher Rows { get; }

    /// <summary>Table 2 item labels, in print order.</summary>
    public string[] Items { get; }

    /// <summary>The keys of a format.</summary>
    public static FormatKeys Of(AnnualReportFormat format) => format.Id == ReportFormat.Trial2019 ? Trial2019 : Format2021;
}
