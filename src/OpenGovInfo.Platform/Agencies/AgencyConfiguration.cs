using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenGovInfo.Domain.Agencies;

namespace OpenGovInfo.Platform.Agencies;

/// <summary>Table mapping for <see cref="Agency"/>; nothing provider-specific.</summary>
internal sealed class AgencyConfiguration : IEntityTypeConfiguration<Agency>
{
    public void Configure(EntityTypeBuilder<Agency> builder)
    {
        builder.ToTable("agencies");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Name).HasMaxLength(Agency.NameMaxLength).IsRequired();
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(a => a.CreditCode).HasMaxLength(UnifiedSocialCreditCode.Length).IsFixedLength().IsRequired();
        builder.HasIndex(a => a.CreditCode).IsUnique();
        builder.Property(a => a.GuideHtml).HasMaxLength(Agency.PageMaxLength);
        builder.Property(a => a.RulesHtml).HasMaxLength(Agency.PageMaxLength);
        builder.HasOne<Agency>().WithMany().HasForeignKey(a => a.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}
