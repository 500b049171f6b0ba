using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OpenGovInfo.Platform.Audit;

/// <summary>Table <c>audit_records</c>.</summary>
internal sealed class AuditRecordConfiguration : IEntityTypeConfiguration<AuditRecord>
{
    public void Configure(EntityTypeBuilder<AuditRecord> builder)
    {
        builder.ToTable("audit_records");
        builder.HasKey(r => r.Id);
        builder.HasIndex(r => r.Sequence).IsUnique();
        builder.HasIndex(r => r.At);
        builder.HasIndex(r => new { r.EntityType, r.EntityId });
        builder.HasIndex(r => r.ActorId);
        builder.Property(r => r.ActorId).HasMaxLength(450);
        builder.Property(r => r.ActorName).HasMaxLength(200).IsRequired();
        builder.Property(r => r.Address).HasMaxLength(64);
        builder.Property(r => r.Action).HasMaxLength(16).IsRequired();
        builder.Property(r => r.EntityType).HasMaxLength(100).IsRequired();
        builder.Property(r => r.EntityId).HasMaxLength(200).IsRequired();
        builder.Property(r => r.PreviousHash).HasMaxLength(64).IsRequired();
        builder.Property(r => r.Hash).HasMaxLength(64).IsRequired();
        builder.Property(r => r.Algorithm).HasMaxLength(16).IsRequired();
    }
}
