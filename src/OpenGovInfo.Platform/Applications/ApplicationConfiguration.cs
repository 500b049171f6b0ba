using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenGovInfo.Domain.Applications.Applicants;
using OpenGovInfo.Platform.Agencies;

namespace OpenGovInfo.Platform.Applications;

/// <summary>Tables of disclosure applications, their logs, files, replies, remedies and the personal-data view log.</summary>
internal sealed class ApplicationConfiguration :
    IEntityTypeConfiguration<ApplicationRow>, IEntityTypeConfiguration<ApplicationEventRow>, IEntityTypeConfiguration<ApplicationDocumentRow>,
    IEntityTypeConfiguration<ReplyDraftRow>, IEntityTypeConfiguration<RemedyRow>, IEntityTypeConfiguration<PersonalDataViewRow>,
    IEntityTypeConfiguration<ReplyTemplateRow>
{
    public void Configure(EntityTypeBuilder<ApplicationRow> builder)
    {
        builder.ToTable("applications");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.TrackingCode).HasMaxLength(20).IsRequired();
        builder.HasIndex(a => a.TrackingCode).IsUnique();
        builder.Property(a => a.AccessKeyHash).HasMaxLength(64).IsRequired();
        builder.Property(a => a.SubmissionTokenHash).HasMaxLength(64);
        builder.HasIndex(a => a.SubmissionTokenHash).IsUnique();
        builder.Property(a => a.ApplicantKind).HasConversion<string>().HasMaxLength(32);
        builder.Property(a => a.ApplicantName).HasMaxLength(ApplicationFormCheck.MaxNameLength).IsRequired();
        builder.Property(a => a.IdType).HasConversion<string>().HasMaxLength(40);
        builder.Property(a => a.CreditCode).HasMaxLength(18);
        // ID number and contacts are sealed at rest: their converters and lengths are PersonalData.PersonalDataColumns'.
        builder.Property(a => a.Phone).IsRequired();
        builder.Property(a => a.ApplicantKey).HasMaxLength(64).IsRequired();
        builder.Property(a => a.Description).HasMaxLength(ApplicationFormCheck.MaxDescriptionLength).IsRequired();
        builder.Property(a => a.DeliveryForm).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.Channel).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.ReceiptWarning).HasMaxLength(300);
        builder.Property(a => a.RegisteredBy).HasMaxLength(450);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(a => a.NextDueKind).HasConversion<string>().HasMaxLength(32);
        builder.Property(a => a.OutcomeCode).HasMaxLength(60);
        builder.Property(a => a.EventCount).IsConcurrencyToken();
        builder.HasOne<Agency>().WithMany().HasForeignKey(a => a.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.AgencyId, a.ClosedOn, a.NextDue });
        // The agency's cases by day of receipt, carrying what the annual report counts of each (ADR 0025): compiling a
        // year reads or groups every case of an agency (100,000 in the bench, a million for a district roll-up) from
        // the index alone, not from the wide rows.
        builder.HasIndex(a => new { a.AgencyId, a.ReceivedOn, a.ClosedOn, a.ApplicantKind, a.OutcomeCode }).HasDatabaseName("IX_applications_AgencyId_ReceivedOn_ReportFacts");
        builder.HasIndex(a => new { a.ClosedOn, a.NextDue });
        builder.HasIndex(a => new { a.AgencyId, a.ApplicantKey });
        // The per-applicant submission limit counts one applicant's recent cases across all agencies.
        builder.HasIndex(a => new { a.ApplicantKey, a.CreatedAt });
    }

    public void Configure(EntityTypeBuilder<ApplicationEventRow> builder)
    {
        builder.ToTable("application_events");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Kind).HasMaxLength(40).IsRequired();
        builder.Property(e => e.Data).HasMaxLength(4000).IsRequired();
        builder.Property(e => e.ActorId).HasMaxLength(450).IsRequired();
        builder.Property(e => e.ActorName).HasMaxLength(100);
        builder.Property(e => e.Note).HasMaxLength(1000);
        builder.HasOne<ApplicationRow>().WithMany().HasForeignKey(e => e.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.ApplicationId, e.Sequence }).IsUnique();
        // Events of one kind in a period (the annual report's fees paid in a year, ADR 0025) without reading every log;
        // carrying the case and position, so the rows themselves are read only for the events that count.
        builder.HasIndex(e => new { e.Kind, e.On, e.ApplicationId, e.Sequence });
    }

    public void Configure(EntityTypeBuilder<ApplicationDocumentRow> builder)
    {
        builder.ToTable("application_documents");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Purpose).HasConversion<string>().HasMaxLength(32);
        builder.Property(d => d.DisplayName).HasMaxLength(260).IsRequired();
        builder.Property(d => d.ContentType).HasMaxLength(120).IsRequired();
        builder.Property(d => d.Sha256).HasMaxLength(64).IsRequired();
        builder.HasOne<ApplicationRow>().WithMany().HasForeignKey(d => d.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => d.ApplicationId);
    }

    public void Configure(EntityTypeBuilder<ReplyDraftRow> builder)
    {
        builder.ToTable("application_replies");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.OutcomeCode).HasMaxLength(60).IsRequired();
        builder.Property(r => r.LegalBasis).HasMaxLength(500).IsRequired();
        builder.Property(r => r.Body).HasMaxLength(Domain.Applications.Letters.ReplyLetter.MaxBodyLength).IsRequired();
        builder.Property(r => r.State).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.DraftedBy).HasMaxLength(450).IsRequired();
        builder.Property(r => r.ReviewedBy).HasMaxLength(450);
        builder.Property(r => r.ReviewComment).HasMaxLength(1000);
        builder.Property(r => r.LetterNumber).HasMaxLength(60);
        builder.HasOne<ApplicationRow>().WithMany().HasForeignKey(r => r.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => r.ApplicationId).IsUnique();
    }

    public void Configure(EntityTypeBuilder<RemedyRow> builder)
    {
        builder.ToTable("application_remedies");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(r => r.Result).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Body).HasMaxLength(100).IsRequired();
        builder.Property(r => r.CaseNumber).HasMaxLength(60);
        builder.Property(r => r.Note).HasMaxLength(1000);
        builder.Property(r => r.RecordedBy).HasMaxLength(100).IsRequired();
        builder.HasOne<Agency>().WithMany().HasForeignKey(r => r.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ApplicationRow>().WithMany().HasForeignKey(r => r.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.AgencyId, r.FiledOn });
    }

    public void Configure(EntityTypeBuilder<PersonalDataViewRow> builder)
    {
        builder.ToTable("personal_data_views");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.ActorId).HasMaxLength(450).IsRequired();
        builder.Property(v => v.ActorName).HasMaxLength(100);
        builder.Property(v => v.Address).HasMaxLength(64);
        builder.Property(v => v.Purpose).HasMaxLength(60).IsRequired();
        builder.HasOne<ApplicationRow>().WithMany().HasForeignKey(v => v.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(v => v.ApplicationId);
    }

    public void Configure(EntityTypeBuilder<ReplyTemplateRow> builder)
    {
        builder.ToTable("reply_templates");
        builder.HasKey(t => new { t.AgencyId, t.OutcomeCode });
        builder.Property(t => t.OutcomeCode).HasMaxLength(60);
        builder.Property(t => t.Body).HasMaxLength(Domain.Applications.Letters.ReplyLetter.MaxBodyLength).IsRequired();
        builder.Property(t => t.LegalBasis).HasMaxLength(500).IsRequired();
        builder.Property(t => t.UpdatedBy).HasMaxLength(100).IsRequired();
        builder.HasOne<Agency>().WithMany().HasForeignKey(t => t.AgencyId).OnDelete(DeleteBehavior.Restrict);
    }
}
