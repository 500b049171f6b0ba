namespace OpenGovInfo.Domain.AnnualReports.Audit;

/// <summary>A version of a report recorded on an earlier read of the same address (A4).</summary>
/// <param name="ContentHash">SHA-256 of the bytes then.</param>
/// <param name="SeenOn">The day it was read.</param>
public sealed record SeenVersion(string ContentHash, DateOnly SeenOn);
