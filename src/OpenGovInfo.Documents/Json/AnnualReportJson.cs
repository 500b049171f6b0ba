namespace OpenGovInfo.Documents.Json;

/// <summary>Names of the canonical layout <c>opengovinfo/annual-report@1</c> (domain/report-json.md).</summary>
public static class AnnualReportJson
{
    /// <summary>The value of the <c>schema</c> field.</summary>
    public const string Schema = "opengovinfo/annual-report@1";

    /// <summary>Largest JSON document accepted (a real report is a few kilobytes).</summary>
    public const int MaxBytes = 4 * 1024 * 1024;

    internal static string Prop(string parent, string key) =>
        key.Contains('.', StringComparison.Ordinal) || key.Contains(' ', StringComparison.Ordinal)
            ? $"{parent}['{key}']"
            : $"{parent}.{key}";
}
