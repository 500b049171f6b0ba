using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenGovInfo.Platform.Agencies;

namespace OpenGovInfo.Platform.Registers;

/// <summary>Table mappings of the 第二十条 registers.</summary>
internal sealed class RegisterConfiguration :
    IEntityTypeConfiguration<RegisterDocumentRow>, IEntityTypeConfiguration<RegisterDecisionRow>, IEntityTypeConfiguration<RegisterFeeRow>,
    IEntityTypeConfiguration<RegisterEntryEventRow>
{
    public void Configure(EntityTypeBuilder<RegisterDocumentRow> builder)
    {
        builder.ToTable("register_documents");
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.Title).HasMaxLength(200).IsRequired();
        builder.Property(r => r.DocumentNumber).HasMaxLength(100).IsRequired();
        builder.HasIndex(r => new { r.AgencyId, r.DocumentNumber }).IsUnique();
        builder.HasOne<Agency>().WithMany().HasForeignKey(r => r.AgencyId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<RegisterDecisionRow> builder)
    {
        builder.ToTable("register_decisions");
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.DecisionNumber).HasMaxLength(100).IsRequired();
        builder.Property(r => r.SubjectPublicName).HasMaxLength(200).IsRequired();
        builder.HasIndex(r => new { r.AgencyId, r.DecisionNumber }).IsUnique();
        builder.HasOne<Agency>().WithMany().HasForeignKey(r => r.AgencyId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<RegisterFeeRow> builder)
    {
        builder.ToTable("register_fees");
        builder.Property(r => r.FeeItem).HasMaxLength(200).IsRequired();
        builder.HasIndex(r => new { r.AgencyId, r.CollectedOn });
        builder.HasOne<Agency>().WithMany().HasForeignKey(r => r.AgencyId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<RegisterEntryEventRow> builder)
    {
        builder.ToTable("register_entry_events");
        builder.Property(e => e.Register).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.Action).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.Reason).HasMaxLength(RegisterEntryEventRow.MaxReasonLength).IsRequired();
        builder.Property(e => e.Changes).HasMaxLength(2000);
        builder.Property(e => e.ActorId).HasMaxLength(450).IsRequired();
        builder.Property(e => e.ActorName).HasMaxLength(100).IsRequired();
        builder.HasIndex(e => new { e.AgencyId, e.Register, e.EntryId });
        builder.HasOne<Agency>().WithMany().HasForeignKey(e => e.AgencyId).OnDelete(DeleteBehavior.Restrict);
    }
}
