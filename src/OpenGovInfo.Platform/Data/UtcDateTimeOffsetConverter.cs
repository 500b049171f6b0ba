using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace OpenGovInfo.Platform.Data;

/// <summary>
/// Stores every instant as a UTC <see cref="DateTime"/>: SQLite cannot order <see cref="DateTimeOffset"/> text and
/// PostgreSQL's timestamptz accepts only UTC, so one conversion keeps both providers identical.
/// </summary>
public sealed class UtcDateTimeOffsetConverter() : ValueConverter<DateTimeOffset, DateTime>(
    value => value.UtcDateTime,
    stored => new DateTimeOffset(DateTime.SpecifyKind(stored, DateTimeKind.Utc)));
