using System.Data.Common;
using OpenGovInfo.Domain.Publishing;
using OpenGovInfo.Platform.Publishing;

namespace OpenGovInfo.Platform.Portal;

/// <summary>Reads the columns of the public statements the way EF's mapping does (instants stored as UTC).</summary>
internal static class PublicRow
{
    /// <summary>A list row in the column order of <see cref="PublicReadSql"/>'s list statements.</summary>
    public static ItemRow Read(DbDataReader r) => new(
        r.GetInt32(0), r.GetInt32(1), r.GetString(2), r.GetString(3), String(r, 4), String(r, 5), r.GetFieldValue<DateOnly>(6),
        Instant(r, 7), r.GetString(8), ItemState.Published, r.IsDBNull(9) ? null : r.GetFieldValue<DateOnly>(9));

    public static string? String(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    // As UtcDateTimeOffsetConverter: SQLite returns the stored text's DateTime unspecified, PostgreSQL returns UTC.
    public static DateTimeOffset? Instant(DbDataReader r, int i) =>
        r.IsDBNull(i) ? null : new DateTimeOffset(DateTime.SpecifyKind(r.GetDateTime(i), DateTimeKind.Utc));
}
