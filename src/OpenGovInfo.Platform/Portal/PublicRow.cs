using System.Data.Common;
using OpenGovInfo.Domain.Calendar;
using OpenGovInfo.Domain.Publishing;

namespace OpenGovInfo.Platform.Portal;

/// <summary>Reads the columns of the public statements the way EF's mapping does (instants stored as UTC).</summary>
internal static class PublicRow
{
    /// <summary>A list row in the column order of <see cref="PublicReadSql"/>'s list statements.</summary>
    public static PublicListRow ListRow(DbDataReader r) => new(
        r.GetInt32(0), r.GetString(1), (InformationCategory.FromCode(r.GetString(2)) ?? InformationCategory.Other).Name,
        String(r, 3), Instant(r, 4) is { } at ? ChinaTime.DateOf(at) : null);

    public static string? String(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    // As UtcDateTimeOffsetConverter: SQLite returns the stored text's DateTime unspecified, PostgreSQL returns UTC.
    public static DateTimeOffset? Instant(DbDataReader r, int i) =>
        r.IsDBNull(i) ? null : new DateTimeOffset(DateTime.SpecifyKind(r.GetDateTime(i), DateTimeKind.Utc));
}
