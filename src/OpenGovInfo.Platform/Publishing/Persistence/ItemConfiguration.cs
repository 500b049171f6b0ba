using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenGovInfo.Platform.Agencies;

namespace OpenGovInfo.Platform.Publishing;

/// <summary>
/// Table mappings for items, their events, attachments and index counters. The full-text index is provider-specific
/// and created by raw SQL in each provider's Publishing migration (SQLite FTS5 table kept in sync by triggers;
/// PostgreSQL generated tsvector column with a GIN index), both fed by <see cref="Item.SearchText"/>.
/// </summary>
internal sealed class ItemConfiguration :
    IEntityTypeConfiguration<Item>, IEntityTypeConfiguration<ItemEventRow>, IEntityTypeConfiguration<ItemAttachmentRow>,
    IEntityTypeConfiguration<ItemAttachmentContent>, IEntityTypeConfiguration<IndexCounter>
{
    public void Configure(EntityTypeBuilder<Item> builder)
    {
        builder.ToTable("items");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Title).HasMaxLength(Item.TitleMaxLength).IsRequired();
        builder.Property(i => i.BodyHtml).HasMaxLength(Item.BodyMaxLength);
        builder.Property(i => i.BodyText).HasMaxLength(Item.BodyMaxLength);
        builder.Property(i => i.CategoryCode).HasMaxLength(40).IsRequired();
        builder.Property(i => i.Topic).HasMaxLength(50);
        builder.Property(i => i.IssuingAgency).HasMaxLength(Agency.NameMaxLength).IsRequired();
        builder.Property(i => i.DocumentNumber).HasMaxLength(100);
        builder.Property(i => i.Validity).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.State).HasConversion<string>().HasMaxLength(32);
        builder.Property(i => i.IndexNumber).HasMaxLength(40);
        builder.Ignore(i => i.Category);
        builder.Ignore(i => i.IsPublic);
        builder.HasOne<Agency>().WithMany().HasForeignKey(i => i.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => new { i.AgencyId, i.IndexNumber }).IsUnique();
        builder.HasIndex(i => new { i.State, i.PublishedAt });
        builder.HasIndex(i => new { i.AgencyId, i.State, i.PublishedAt });
    }

    public void Configure(EntityTypeBuilder<ItemEventRow> builder)
    {
        builder.ToTable("item_events");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.ActorId).HasMaxLength(450).IsRequired();
        builder.Property(e => e.ActorName).HasMaxLength(100);
        builder.Property(e => e.From).HasConversion<string>().HasMaxLength(32);
        builder.Property(e => e.To).HasConversion<string>().HasMaxLength(32);
        builder.Property(e => e.Action).HasConversion<string>().HasMaxLength(32);
        builder.Property(e => e.Comment).HasMaxLength(1000);
        builder.HasOne<Item>().WithMany().HasForeignKey(e => e.ItemId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.ItemId, e.Sequence }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<ItemAttachmentRow> builder)
    {
        builder.ToTable("item_attachments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.StorageName).HasMaxLength(80).IsRequired();
        builder.HasIndex(a => a.StorageName).IsUnique();
        builder.Property(a => a.DisplayName).HasMaxLength(260).IsRequired();
        builder.Property(a => a.ContentType).HasMaxLength(120).IsRequired();
        builder.HasOne<Item>().WithMany().HasForeignKey(a => a.ItemId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.Content).WithOne().HasForeignKey<ItemAttachmentContent>(c => c.AttachmentId)
            .OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<ItemAttachmentContent> builder)
    {
        builder.ToTable("item_attachment_contents");
        builder.HasKey(c => c.AttachmentId);
    }

    public void Configure(EntityTypeBuilder<IndexCounter> builder)
    {
        builder.ToTable("index_counters");
        builder.HasKey(c => new { c.AgencyId, c.Year });
        builder.HasOne<Agency>().WithMany().HasForeignKey(c => c.AgencyId).OnDelete(DeleteBehavior.Restrict);
    }
}
