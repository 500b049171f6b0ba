using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace OpenGovInfo.Platform.Data;

/// <summary>Applies pending migrations and adds the shipped calendar years; used at web start and by <c>ogi db migrate</c>.</summary>
public sealed class DatabaseMigrator(
    OpenGovInfoDbContext db, DatabaseOptions options, IDatabaseProvider provider, Calendar.CalendarSeeder calendar, Calendar.CalendarStore calendars,
    PersonalData.EncryptPlaintextPersonalData personalData, ILogger<DatabaseMigrator> logger)
{
    /// <summary>Migrates the database and returns the names of the migrations applied now.</summary>
    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken = default)
    {
        provider.PrepareStorage(options.ConnectionString);
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        await db.Database.MigrateAsync(cancellationToken);
        // Databases of versions before sealing hold applicants' personal data in clear: seal it before anything reads it.
        await personalData.RunAsync(cancellationToken);
        // Every installation needs the official calendar, demo or not: the shipped years are part of the schema's data.
        await calendar.SeedShippedYearsAsync(cancellationToken);
        await calendar.FillMissingDeadlinesAsync(calendars, cancellationToken);
        if (logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation("Database {Provider} migrated; {Count} migration(s) applied", options.Provider, pending.Count);
        }

        return pending;
    }
}
