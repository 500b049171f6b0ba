using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenGovInfo.Platform.Agencies;

namespace OpenGovInfo.Platform.AnnualReports;

/// <summary>Table mappings of annual reports, their versions, timelines and published files.</summary>
internal sealed class AnnualReportConfiguration :
    IEntityTypeConfiguration<AnnualReportRow>, IEntityTypeConfiguration<AnnualReportVersionRow>,
    IEntityTypeConfiguration<AnnualReportEventRow>, IEntityTypeConfiguration<AnnualReportFileRow>
{
    public void Configure(EntityTypeBuilder<AnnualReportRow> builder)
    {
        builder.ToTable("annual_reports");
        builder.HasIndex(r => new { r.AgencyId, r.Year }).IsUnique();
        builder.HasIndex(r => new { r.Year, r.Status });
        builder.Property(r => r.Format).HasMaxLength(8).IsRequired();
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.ContentHash).HasMaxLength(64);
        builder.Property(r => r.Source).HasConversion<string>().HasMaxLength(16).HasDefaultValue(ReportSource.Compiled).HasSentinel((ReportSource)(-1));
        builder.Property(r => r.SourceFileName).HasMaxLength(200);
        // Two officers saving at once: the second save's stale stamp rolls it back.
        builder.Property(r => r.UpdatedAt).IsConcurrencyToken();
        builder.HasOne<Agency>().WithMany().HasForeignKey(r => r.AgencyId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<AnnualReportVersionRow> builder)
    {
        builder.ToTable("annual_report_versions");
        builder.HasIndex(v => new { v.ReportId, v.Version }).IsUnique();
        builder.Property(v => v.Json).IsRequired();
        builder.Property(v => v.SavedBy).HasMaxLength(100).IsRequired();
        builder.HasOne(v => v.Report).WithMany().HasForeignKey(v => v.ReportId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<AnnualReportEventRow> builder)
    {
        builder.ToTable("annual_report_events");
        builder.HasIndex(e => new { e.ReportId, e.Id });
        builder.Property(e => e.Action).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.ActorId).HasMaxLength(64).IsRequired();
        builder.Property(e => e.ActorName).HasMaxLength(100).IsRequired();
        builder.Property(e => e.Comment).HasMaxLength(2000);
        builder.HasOne(e => e.Report).WithMany().HasForeignKey(e => e.ReportId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<AnnualReportFileRow> builder)
    {
        builder.ToTable("annual_report_files");
        builder.HasIndex(f => new { f.ReportId, f.Format }).IsUnique();
        builder.Property(f => f.Format).HasMaxLength(8).IsRequired();
        builder.Property(f => f.ContentType).HasMaxLength(100).IsRequired();
        builder.Property(f => f.Sha256).HasMaxLength(64).IsRequired();
        builder.HasOne(f => f.Report).WithMany().HasForeignKey(f => f.ReportId).OnDelete(DeleteBehavior.Cascade);
    }
}
