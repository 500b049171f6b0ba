using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using OpenGovInfo.Platform.Applications;
using OpenGovInfo.Platform.Audit;
using OpenGovInfo.Platform.Common;
using OpenGovInfo.Platform.Data;
using OpenGovInfo.Platform.PersonalData;
using OpenGovInfo.Platform.Tests.Applications;
using OpenGovInfo.Platform.Tests.Cli;
using OpenGovInfo.Testing.Postgres;
using OpenGovInfo.Testing.Web;

namespace OpenGovInfo.Platform.Tests.PersonalData;

[Collection(DatabaseCollection.Name)]
public sealed class PersonalDataAtRestTests(PostgresServer postgres)
{
    private const string Phone = "13812345678";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Raw_columns_hold_only_sealed_values_that_read_back_as_entered(string provider)
    {
        var (host, agencyId) = await ApplicationFixture.StartAsync(provider, postgres);
        await using var _ = host;
        var natural = await ApplicationFixture.SubmitAsync(host, agencyId, ApplicationFixture.Natural());
        var organisation = await ApplicationFixture.SubmitAsync(host, agencyId, ApplicationFixture.Organisation());

        foreach (var raw in await RawAsync(host))
        {
            foreach (var value in raw.Sealed.Where(v => v is not null))
            {
                Assert.StartsWith("ogi1:SM4:" + PersonalDataOptions.DevelopmentKeyId + ":", value, StringComparison.Ordinal);
                Assert.DoesNotContain("19900307", value, StringComparison.Ordinal);
                Assert.DoesNotContain("12345678", value, StringComparison.Ordinal);
                Assert.DoesNotContain("平桥区", value, StringComparison.Ordinal);
            }
        }

        var row = await host.RunAsync<OpenGovInfoDbContext, ApplicationRow>(db => db.Applications.AsNoTracking().SingleAsync(a => a.Id == natural.Id));
        Assert.Equal((ApplicationFixture.IdNumber, Phone, "zhang@example.cn", "平桥区平安路1号"), (row.IdNumber, row.Phone, row.Email, row.Address));
        var org = await host.RunAsync<OpenGovInfoDbContext, ApplicationRow>(db => db.Applications.AsNoTracking().SingleAsync(a => a.Id == organisation.Id));
        Assert.Equal(("李明", "赵律师", "03766231234"), (org.LegalRepresentative, org.ContactName, org.Phone));

        var view = await host.RunAsync<GetCase, Result<CaseView>>(g => g.RunAsync(agencyId, natural.Id, ApplicationFixture.Officer(agencyId)));
        Assert.Contains(ApplicationFixture.IdNumber, view.Value.Applicant.Document, StringComparison.Ordinal);

        // The trail keeps masked values: neither the clear number and phone nor needless ciphertext.
        var trail = await host.RunAsync<OpenGovInfoDbContext, List<AuditRecord>>(db => db.AuditRecords.AsNoTracking().ToListAsync());
        var texts = trail.Select(r => (r.Before ?? string.Empty) + (r.After ?? string.Empty)).ToList();
        Assert.Contains(texts, t => t.Contains("1101**********0017", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains(ApplicationFixture.IdNumber, StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains(Phone, StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains("ogi1:", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Rekey_reseals_every_row_with_the_current_key_after_which_the_old_key_can_be_dropped(string provider)
    {
        var hashKey = Base64(32);
        var (oldKey, newKey) = (Base64(16), Base64(16));
        await using var first = await PlatformHost.StartAsync(provider, postgres, Settings(Keys(("k2025", oldKey)), "k2025", hashKey));
        var agencyId = await AgencyAsync(first);
        var submitted = await ApplicationFixture.SubmitAsync(first, agencyId, ApplicationFixture.Natural());
        var keyBefore = (await RawAsync(first)).Single().ApplicantKey;
        Assert.All((await RawAsync(first)).Single().Sealed.Where(v => v is not null), v => Assert.Equal("k2025", PersonalDataCipher.KeyIdOf(v)));

        // The new key becomes current while the old one is still configured; AES-GCM chosen for the new seals.
        var both = Keys(("k2025", oldKey), ("k2026", newKey));
        both["PersonalData:Algorithm"] = "AES-GCM";
        await using (var rotating = await PlatformHost.OnExistingAsync(first.Database, Settings(both, "k2026", hashKey)))
        {
            Assert.Equal(1, await rotating.RunAsync<RekeyPersonalData, int>(r => r.RunAsync()));
            var raw = (await RawAsync(rotating)).Single();
            Assert.All(raw.Sealed.Where(v => v is not null), v => Assert.StartsWith("ogi1:AES:k2026:", v, StringComparison.Ordinal));
            Assert.Equal(keyBefore, raw.ApplicantKey);
        }

        await using var after = await PlatformHost.OnExistingAsync(first.Database, Settings(Keys(("k2026", newKey)), "k2026", hashKey));
        var row = await after.RunAsync<OpenGovInfoDbContext, ApplicationRow>(db => db.Applications.AsNoTracking().SingleAsync(a => a.Id == submitted.Id));
        Assert.Equal((ApplicationFixture.IdNumber, Phone), (row.IdNumber, row.Phone));
        var verified = await after.RunAsync<VerifyAuditTrail, AuditVerification>(v => v.RunAsync());
        Assert.True(verified.Intact, verified.Problem);
        var resealed = await after.RunAsync<OpenGovInfoDbContext, int>(db => db.AuditRecords.CountAsync(r => r.After != null && r.After.Contains("重新加密")));
        Assert.Equal(1, resealed);

        // A node still holding only the dropped key names the key it lacks instead of printing garbage.
        await using var stale = await PlatformHost.OnExistingAsync(first.Database, Settings(Keys(("k2025", oldKey)), "k2025", hashKey));
        var error = await Assert.ThrowsAnyAsync<Exception>(() => stale.RunAsync<OpenGovInfoDbContext, ApplicationRow>(db => db.Applications.AsNoTracking().SingleAsync()));
        Assert.Contains("k2026", PersonalDataError(error).Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Tampered_or_moved_ciphertext_is_refused_with_a_clear_error(string provider)
    {
        var (host, agencyId) = await ApplicationFixture.StartAsync(provider, postgres);
        await using var _ = host;
        await ApplicationFixture.SubmitAsync(host, agencyId, ApplicationFixture.Natural());
        var raw = (await RawAsync(host)).Single();
        var phone = raw.Sealed[3]!;
        var flipped = phone[..^6] + (phone[^6] == 'A' ? 'B' : 'A') + phone[^5..];

        await host.RunAsync<OpenGovInfoDbContext>(db => db.Database.ExecuteSqlAsync($"UPDATE applications SET \"Phone\" = {flipped}"));
        var tampered = await Assert.ThrowsAnyAsync<Exception>(() => host.RunAsync<OpenGovInfoDbContext, ApplicationRow>(db => db.Applications.AsNoTracking().SingleAsync()));
        Assert.Contains("校验失败", PersonalDataError(tampered).Message, StringComparison.Ordinal);

        // A valid ciphertext of another column (the ID number) copied into the phone column is refused too.
        var idNumber = raw.Sealed[0]!;
        await host.RunAsync<OpenGovInfoDbContext>(db => db.Database.ExecuteSqlAsync($"UPDATE applications SET \"Phone\" = {idNumber}"));
        var moved = await Assert.ThrowsAnyAsync<Exception>(() => host.RunAsync<OpenGovInfoDbContext, ApplicationRow>(db => db.Applications.AsNoTracking().SingleAsync()));
        Assert.Contains("校验失败", PersonalDataError(moved).Message, StringComparison.Ordinal);

        await host.RunAsync<OpenGovInfoDbContext>(db => db.Database.ExecuteSqlAsync($"UPDATE applications SET \"Phone\" = {"13800000000"}"));
        var clear = await Assert.ThrowsAnyAsync<Exception>(() => host.RunAsync<OpenGovInfoDbContext, ApplicationRow>(db => db.Applications.AsNoTracking().SingleAsync()));
        Assert.Contains("不是本平台的密文", PersonalDataError(clear).Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Duplicates_are_found_by_the_keyed_hash_of_the_normalised_number(string provider)
    {
        var (host, agencyId) = await ApplicationFixture.StartAsync(provider, postgres);
        await using var _ = host;
        var first = await ApplicationFixture.SubmitAsync(host, agencyId, ApplicationFixture.Natural("第一件申请的内容"));
        var second = ApplicationFixture.Natural("第二件申请的内容") with { IdNumber = "１１０１０５ 1990 0307 0017" };
        await ApplicationFixture.SubmitAsync(host, agencyId, second);
        await ApplicationFixture.SubmitAsync(host, agencyId, ApplicationFixture.Organisation());

        var keys = (await RawAsync(host)).Select(r => r.ApplicantKey).ToList();
        Assert.Equal(keys[0], keys[1]);
        Assert.NotEqual(keys[0], keys[2]);
        // Keyed: not the plain SHA-256 an earlier version stored, which anyone could recompute from a guessed number.
        Assert.NotEqual(CaseAccessCodes.Hash($"natural:{ApplicationFixture.IdNumber}"), keys[0]);
        var other = new ApplicantKeys(PersonalDataOptions.Development(hashAlgorithm: ApplicantKeyAlgorithm.HmacSha256));
        Assert.NotEqual(other.Of(true, ApplicationFixture.IdNumber), keys[0]);

        var view = await host.RunAsync<GetCase, Result<CaseView>>(g => g.RunAsync(agencyId, first.Id, ApplicationFixture.Officer(agencyId)));
        Assert.Equal(1, view.Value.OtherApplicationsOfApplicant);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Rows_an_earlier_version_stored_in_clear_are_sealed_and_rekeyed_on_migration(string provider)
    {
        var (host, agencyId) = await ApplicationFixture.StartAsync(provider, postgres);
        await using var _ = host;
        var submitted = await ApplicationFixture.SubmitAsync(host, agencyId, ApplicationFixture.Natural());
        var expectedKey = (await RawAsync(host)).Single().ApplicantKey;
        // What a database of the previous version holds: the same columns in clear, the unkeyed SHA-256 applicant key.
        var legacyKey = CaseAccessCodes.Hash($"natural:{ApplicationFixture.IdNumber}");
        await host.RunAsync<OpenGovInfoDbContext>(db => db.Database.ExecuteSqlAsync($"""
            UPDATE applications SET "IdNumber" = {ApplicationFixture.IdNumber}, "Phone" = {Phone}, "Email" = {"zhang@example.cn"},
                "Address" = {"平桥区平安路1号"}, "ApplicantKey" = {legacyKey}
            """));

        await host.RunAsync<DatabaseMigrator>(m => m.MigrateAsync());

        var raw = (await RawAsync(host)).Single();
        Assert.All(raw.Sealed.Where(v => v is not null), v => Assert.True(PersonalDataCipher.IsSealed(v), v));
        Assert.Equal(expectedKey, raw.ApplicantKey);
        var row = await host.RunAsync<OpenGovInfoDbContext, ApplicationRow>(db => db.Applications.AsNoTracking().SingleAsync(a => a.Id == submitted.Id));
        Assert.Equal((ApplicationFixture.IdNumber, "平桥区平安路1号"), (row.IdNumber, row.Address));
        var sealedRecord = await host.RunAsync<OpenGovInfoDbContext, AuditRecord>(db => db.AuditRecords.AsNoTracking().SingleAsync(r => r.Before != null && r.Before.Contains("明文")));
        Assert.Equal(submitted.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), sealedRecord.EntityId);
        Assert.DoesNotContain(Phone, sealedRecord.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ogi_rekey_runs_on_the_configured_database_and_a_backup_holds_no_plaintext_id_number_or_phone()
    {
        var (host, agencyId) = await ApplicationFixture.StartAsync("Sqlite", postgres);
        await using var _ = host;
        await ApplicationFixture.SubmitAsync(host, agencyId, ApplicationFixture.Natural());
        var (rekeyed, rekeyOutput) = CliRunner.Run("personal-data", "rekey", "--provider", "Sqlite", "--connection", host.Database.ConnectionString);
        Assert.True(rekeyed == 0, rekeyOutput);
        Assert.Contains("重新加密 1 件申请", rekeyOutput, StringComparison.Ordinal);
        Assert.Contains("开发密钥", rekeyOutput, StringComparison.Ordinal);
        var folder = Directory.CreateTempSubdirectory("ogi-pii-backup-").FullName;
        try
        {
            var backup = Path.Combine(folder, "ogi.db");
            var (code, output) = CliRunner.Run("backup", "--provider", "Sqlite", "--connection", host.Database.ConnectionString, "-o", backup);
            Assert.True(code == 0, output);
            var bytes = await File.ReadAllBytesAsync(backup);
            Assert.True(bytes.Length > 10_000);
            Assert.Equal(-1, bytes.AsSpan().IndexOf(System.Text.Encoding.UTF8.GetBytes(ApplicationFixture.IdNumber)));
            Assert.Equal(-1, bytes.AsSpan().IndexOf(System.Text.Encoding.UTF8.GetBytes(Phone)));
            Assert.NotEqual(-1, bytes.AsSpan().IndexOf("ogi1:SM4:"u8));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Configuration_errors_name_the_setting_and_no_configuration_means_the_marked_development_key()
    {
        Assert.True(PersonalDataOptions.From(Configuration([])).IsDevelopmentKey);
        var noHash = Assert.Throws<InvalidOperationException>(() => PersonalDataOptions.From(Configuration(Keys(("a", Base64(16))), "a")));
        Assert.Contains("PersonalData:HashKey", noHash.Message, StringComparison.Ordinal);
        var unknown = Assert.Throws<InvalidOperationException>(() => PersonalDataOptions.From(Configuration(Keys(("a", Base64(16))), "b", Base64(32))));
        Assert.Contains("PersonalData:CurrentKey", unknown.Message, StringComparison.Ordinal);
        var wrongSize = Assert.Throws<InvalidOperationException>(() => PersonalDataOptions.From(Configuration(Keys(("a", Base64(32))), "a", Base64(32))));
        Assert.Contains("16 字节", wrongSize.Message, StringComparison.Ordinal);
        var real = PersonalDataOptions.From(Configuration(Keys(("a", Base64(16))), "a", Base64(32)));
        Assert.False(real.IsDevelopmentKey);

        var cipher = new PersonalDataCipher(real);
        var sealedValue = cipher.Seal("applications.Phone", Phone);
        Assert.Equal(Phone, cipher.Open("applications.Phone", sealedValue));
        Assert.NotEqual(sealedValue, cipher.Seal("applications.Phone", Phone));
    }

    private static async Task<int> AgencyAsync(PlatformHost host) =>
        await host.RunAsync<OpenGovInfoDbContext, int>(async db =>
        {
            Assert.True(Domain.Agencies.UnifiedSocialCreditCode.TryParse("11411503005056032N", out var code, out _));
            var agency = new Platform.Agencies.Agency(Platform.Demo.DemoDistrict.Bureau, Domain.Agencies.AgencyKind.Department,
                code, null, host.Clock.GetUtcNow());
            db.Agencies.Add(agency);
            await db.SaveChangesAsync();
            return agency.Id;
        });

    private static PersonalDataException PersonalDataError(Exception error)
    {
        for (var e = (Exception?)error; e is not null; e = e.InnerException)
        {
            if (e is PersonalDataException found)
            {
                return found;
            }
        }

        throw new Xunit.Sdk.XunitException("Expected a PersonalDataException, got: " + error);
    }

    private static string Base64(int bytes) => Convert.ToBase64String(RandomNumberGenerator.GetBytes(bytes));

    private static Dictionary<string, string?> Keys(params (string Id, string Key)[] keys) =>
        keys.ToDictionary(k => "PersonalData:Keys:" + k.Id, k => (string?)k.Key);

    private static Dictionary<string, string?> Settings(Dictionary<string, string?> keys, string current, string hashKey) =>
        new(keys) { ["PersonalData:CurrentKey"] = current, ["PersonalData:HashKey"] = hashKey };

    private static IConfiguration Configuration(Dictionary<string, string?> keys, string? current = null, string? hashKey = null)
    {
        var settings = new Dictionary<string, string?>(keys);
        if (current is not null)
        {
            settings["PersonalData:CurrentKey"] = current;
        }

        if (hashKey is not null)
        {
            settings["PersonalData:HashKey"] = hashKey;
        }

        return new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
    }

    private static Task<List<RawRow>> RawAsync(PlatformHost host) =>
        host.RunAsync<OpenGovInfoDbContext, List<RawRow>>(async db =>
            (await db.Database.SqlQuery<RawColumns>($"""
                SELECT "IdNumber", "LegalRepresentative", "ContactName", "Phone", "Email", "Address", "ApplicantKey" FROM applications ORDER BY "Id"
                """).ToListAsync())
            .Select(r => new RawRow([r.IdNumber, r.LegalRepresentative, r.ContactName, r.Phone, r.Email, r.Address], r.ApplicantKey)).ToList());

    private sealed record RawRow(string?[] Sealed, string ApplicantKey);

    private sealed class RawColumns
    {
        public string? IdNumber { get; set; }

        public string? LegalRepresentative { get; set; }

        public string? ContactName { get; set; }

        public string? Phone { get; set; }

        public string? Email { get; set; }

        public string? Address { get; set; }

        public string ApplicantKey { get; set; } = string.Empty;
    }
}
