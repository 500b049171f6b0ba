using System.Text;
using OpenGovInfo.Platform.Audit;

namespace OpenGovInfo.Platform.Tests.Audit;

public sealed class AuditHashTests
{
    [Fact]
    public void Sm3_matches_the_standard_test_vector()
    {
        // GB/T 32905-2016, example 1: SM3("abc").
        var digest = AuditHash.Digest(AuditHashAlgorithm.Sm3, Encoding.ASCII.GetBytes("abc"));
        Assert.Equal("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0", Convert.ToHexStringLower(digest));
    }

    [Fact]
    public void Every_field_and_the_previous_hash_change_the_hash()
    {
        var record = new AuditRecord
        {
            Sequence = 7, At = new DateTimeOffset(2026, 3, 31, 1, 2, 3, 456, TimeSpan.Zero), ActorId = "u1", ActorName = "王丽",
            Address = "10.0.0.1", Action = "update", EntityType = "applications", EntityId = "3", Before = "{\"a\":1}",
            After = "{\"a\":2}", PreviousHash = "00", Algorithm = "SM3",
        };
        var hash = AuditHash.Compute(record);
        Assert.Equal(64, hash.Length);
        record.After = "{\"a\":3}";
        Assert.NotEqual(hash, AuditHash.Compute(record));
        record.After = "{\"a\":2}";
        record.PreviousHash = "01";
        Assert.NotEqual(hash, AuditHash.Compute(record));
        record.PreviousHash = "00";
        record.Algorithm = "SHA-256";
        Assert.NotEqual(hash, AuditHash.Compute(record));
    }

    [Fact]
    public void Null_and_empty_fields_read_differently()
    {
        var a = new AuditRecord { ActorName = "x", Action = "create", EntityType = "t", EntityId = "1", Algorithm = "SM3", Before = null };
        var b = new AuditRecord { ActorName = "x", Action = "create", EntityType = "t", EntityId = "1", Algorithm = "SM3", Before = string.Empty };
        Assert.NotEqual(AuditHash.Canonical(a), AuditHash.Canonical(b));
    }
}
