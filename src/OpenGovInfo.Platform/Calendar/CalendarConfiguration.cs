using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenGovInfo.Platform.Publishing;

namespace OpenGovInfo.Platform.Calendar;

/// <summary>Tables of the working-day calendar.</summary>
internal sealed class CalendarConfiguration :
    IEntityTypeConfiguration<CalendarYearRow>, IEntityTypeConfiguration<CalendarDayRow>,
    IEntityTypeConfiguration<CalendarNoticeRow>, IEntityTypeConfiguration<DeadlineChangeRow>
{
    public void Configure(EntityTypeBuilder<CalendarYearRow> builder)
    {
        builder.ToTable("calendar_years");
        builder.HasKey(y => y.Year);
        builder.Property(y => y.Year).ValueGeneratedNever();
        builder.Property(y => y.Title).HasMaxLength(200).IsRequired();
        builder.Property(y => y.DocumentNumber).HasMaxLength(60);
        builder.Property(y => y.UpdatedBy).HasMaxLength(256).IsRequired();
    }

    public void Configure(EntityTypeBuilder<CalendarDayRow> builder)
    {
        builder.ToTable("calendar_days");
        builder.HasKey(d => d.Date);
        builder.Property(d => d.Name).HasMaxLength(40).IsRequired();
        builder.HasIndex(d => d.Year);
    }

    public void Configure(EntityTypeBuilder<CalendarNoticeRow> builder)
    {
        builder.ToTable("calendar_notices");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Title).HasMaxLength(200).IsRequired();
        builder.Property(n => n.DocumentNumber).HasMaxLength(60);
        builder.Property(n => n.Text).HasMaxLength(Domain.Calendar.Notices.HolidayNoticeParser.MaxLength).IsRequired();
        builder.Property(n => n.ImportedBy).HasMaxLength(256).IsRequired();
        builder.HasIndex(n => n.Year);
    }

    public void Configure(EntityTypeBuilder<DeadlineChangeRow> builder)
    {
        builder.ToTable("deadline_changes");
        builder.HasKey(c => c.Id);
        builder.HasOne<Item>().WithMany().HasForeignKey(c => c.ItemId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<CalendarNoticeRow>().WithMany().HasForeignKey(c => c.NoticeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => c.ItemId);
    }
}
