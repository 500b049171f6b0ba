namespace OpenGovInfo.Domain.AnnualReports.Audit;

/// <summary>Two reports (indexes into the list given) whose wording is similar.</summary>
/// <param name="First">The lower index.</param>
/// <param name="Second">The higher index.</param>
/// <param name="Similarity">Jaccard similarity of their shingle sets, 0–1.</param>
public sealed record SimilarPair(int First, int Second, double Similarity);
