namespace OpenGovInfo.Platform.AnnualReports;

/// <summary>One record behind a cell, as the drill-down list shows it (never an applicant's identity).</summary>
/// <param name="Id">The record's id.</param>
/// <param name="Title">Its name: tracking code, title, document number.</param>
/// <param name="Detail">Dates and result.</param>
/// <param name="Link">The staff page of the record, where there is one.</param>
public sealed record CellRecord(int Id, string Title, string Detail, string? Link);
