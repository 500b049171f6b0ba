using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OpenGovInfo.Platform.Notifications;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.ToTable("notifications");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.RecipientId).HasMaxLength(450);
        builder.Property(n => n.Key).HasMaxLength(200);
        builder.Property(n => n.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(n => n.Text).HasMaxLength(500);
        builder.Property(n => n.Link).HasMaxLength(300);

        // The second guard against telling anyone twice (the first is the job lease).
        builder.HasIndex(n => new { n.RecipientId, n.Key }).IsUnique();
        builder.HasIndex(n => new { n.RecipientId, n.ReadAt });
    }
}
