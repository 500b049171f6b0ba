using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Domain.Agencies;
using OpenGovInfo.Platform.Agencies;
using OpenGovInfo.Platform.Data;
using OpenGovInfo.Platform.Staff;

namespace OpenGovInfo.Platform.Demo;

/// <summary>Fills an empty database with <see cref="DemoDistrict"/>; the host decides when that is allowed.</summary>
public sealed class DemoSeeder(OpenGovInfoDbContext db, UserManager<StaffUser> users, Domain.Applications.ClockSettings settings, PersonalData.ApplicantKeys applicantKeys, TimeProvider clock)
{
    /// <summary>Seeds when no agency exists yet; returns false (and does nothing) otherwise.</summary>
    public async Task<bool> SeedIfEmptyAsync(string password, CancellationToken cancellationToken = default)
    {
        if (await db.Agencies.AnyAsync(cancellationToken))
        {
            return false;
        }

        var ids = await AddAgenciesAsync(cancellationToken);
        var staffIds = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (userName, displayName, role, agency) in DemoDistrict.Staff)
        {
            var user = new StaffUser { UserName = userName, DisplayName = displayName, AgencyId = ids[agency] };
            StaffRoleSetup.EnsureSucceeded(await users.CreateAsync(user, password), userName);
            StaffRoleSetup.EnsureSucceeded(await users.AddToRoleAsync(user, role), userName);
            staffIds[userName] = user.Id;
        }

        await new DemoItemSeeder(db, clock).SeedAsync(ids, staffIds, cancellationToken);
        // Applications need today's schema; a database seeded before its last migration (upgrade tests) gets none.
        if (!(await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            await new DemoApplicationSeeder(db, settings, applicantKeys, clock).SeedAsync(ids, await Calendar.CalendarStore.LoadAsync(db, cancellationToken), cancellationToken);
        }
        return true;
    }

    private async Task<Dictionary<string, int>> AddAgenciesAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var (governmentName, governmentKind, governmentCode) = DemoDistrict.Agencies[0];
        var government = new Agency(governmentName, governmentKind, Parse(governmentCode), null, now);
        db.Agencies.Add(government);
        await db.SaveChangesAsync(cancellationToken);

        var ids = new Dictionary<string, int>(StringComparer.Ordinal) { [governmentName] = government.Id };
        foreach (var (name, kind, code) in DemoDistrict.Agencies.Skip(1))
        {
            var agency = new Agency(name, kind, Parse(code), government.Id, now);
            if (name == DemoDistrict.Bureau)
            {
                agency.SetDisclosurePages(DemoDistrict.BureauGuide, DemoDistrict.BureauRules, now);
            }

            db.Agencies.Add(agency);
            await db.SaveChangesAsync(cancellationToken);
            ids[name] = agency.Id;
        }

        return ids;
    }

    private static UnifiedSocialCreditCode Parse(string code) =>
        UnifiedSocialCreditCode.TryParse(code, out var parsed, out var error)
            ? parsed
            : throw new InvalidOperationException($"Demo credit code {code}: {error}");
}
