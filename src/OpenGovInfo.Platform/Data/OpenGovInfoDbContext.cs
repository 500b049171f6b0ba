using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using OpenGovInfo.Platform.Agencies;
using OpenGovInfo.Platform.Applications;
using OpenGovInfo.Platform.Audit;
using OpenGovInfo.Platform.Calendar;
using OpenGovInfo.Platform.Common;
using OpenGovInfo.Platform.PersonalData;
using OpenGovInfo.Platform.Publishing;
using OpenGovInfo.Platform.Staff;

namespace OpenGovInfo.Platform.Data;

/// <summary>The platform's one DbContext: agencies, staff (Identity) and Data Protection keys shared by all nodes.</summary>
public sealed class OpenGovInfoDbContext(DbContextOptions<OpenGovInfoDbContext> options)
    : IdentityDbContext<StaffUser>(options), IDataProtectionKeyContext
{
    /// <summary>
    /// The key ring of sealed personal-data columns, from the host's services (null for a context built for schema
    /// work only, whose personal-data columns then refuse to be read or written).
    /// </summary>
    internal PersonalDataCipher? PersonalDataCipher { get; } =
        options.FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider?.GetService<PersonalDataCipher>();

    /// <summary>Agencies of the district.</summary>
    public DbSet<Agency> Agencies => Set<Agency>();

    /// <summary>Proactively disclosed items.</summary>
    public DbSet<Item> Items => Set<Item>();

    /// <summary>Items' append-only event logs.</summary>
    public DbSet<ItemEventRow> ItemEvents => Set<ItemEventRow>();

    /// <summary>Attachment metadata.</summary>
    public DbSet<ItemAttachmentRow> ItemAttachments => Set<ItemAttachmentRow>();

    /// <summary>Attachment bytes.</summary>
    public DbSet<ItemAttachmentContent> ItemAttachmentContents => Set<ItemAttachmentContent>();

    /// <summary>索引号 counters per agency and year.</summary>
    public DbSet<IndexCounter> IndexCounters => Set<IndexCounter>();

    /// <summary>Official years of the working-day calendar.</summary>
    public DbSet<CalendarYearRow> CalendarYears => Set<CalendarYearRow>();

    /// <summary>Holidays and make-up workdays of the official years.</summary>
    public DbSet<CalendarDayRow> CalendarDays => Set<CalendarDayRow>();

    /// <summary>Holiday notices as imported.</summary>
    public DbSet<CalendarNoticeRow> CalendarNotices => Set<CalendarNoticeRow>();

    /// <summary>Stored deadlines moved by a notice.</summary>
    public DbSet<DeadlineChangeRow> DeadlineChanges => Set<DeadlineChangeRow>();

    /// <summary>Disclosure applications (依申请公开).</summary>
    public DbSet<ApplicationRow> Applications => Set<ApplicationRow>();

    /// <summary>Applications' append-only event logs.</summary>
    public DbSet<ApplicationEventRow> ApplicationEvents => Set<ApplicationEventRow>();

    /// <summary>Applicants' attachments and dispatched reply letters.</summary>
    public DbSet<ApplicationDocumentRow> ApplicationDocuments => Set<ApplicationDocumentRow>();

    /// <summary>Reply letters in preparation and dispatched.</summary>
    public DbSet<ReplyDraftRow> ApplicationReplies => Set<ReplyDraftRow>();

    /// <summary>Agencies' own reply wording per outcome.</summary>
    public DbSet<ReplyTemplateRow> ReplyTemplates => Set<ReplyTemplateRow>();

    /// <summary>Reconsiderations and lawsuits.</summary>
    public DbSet<RemedyRow> Remedies => Set<RemedyRow>();

    /// <summary>Every staff view of applicants' personal data.</summary>
    public DbSet<PersonalDataViewRow> PersonalDataViews => Set<PersonalDataViewRow>();

    /// <summary>The hash-chained audit trail (append-only).</summary>
    public DbSet<AuditRecord> AuditRecords => Set<AuditRecord>();

    /// <summary>Data Protection key ring, so that every web node decrypts every cookie.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(OpenGovInfoDbContext).Assembly);
        PersonalDataColumns.Apply(builder.Entity<ApplicationRow>(), PersonalDataCipher);
    }

    /// <inheritdoc />
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcDateTimeOffsetConverter>();
    }

    /// <summary>
    /// Saves; a connection that broke inside the caller's transaction (a database restart) is reported as the outage it
    /// is. The provider refuses the next command of such a transaction with a bare "transaction is already completed"
    /// (<see cref="InvalidOperationException"/>), which the web edge would answer as a bug (500) instead of 503. EF
    /// never closes the connection of a caller's transaction, so a closed one there is a broken one. (EF forgets the
    /// transaction on the way out of the failure, so it is looked at before.) A transaction the audit opens for a save
    /// gets the same treatment in <see cref="AuditInterceptor"/>.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var inTransaction = Database.CurrentTransaction is not null;
        try
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        catch (InvalidOperationException lost) when (inTransaction && ConnectionLost)
        {
            throw new DatabaseConnectionLostException(lost);
        }
    }

    /// <summary>Whether the connection is no longer open (the provider reports a broken connection as closed).</summary>
    internal bool ConnectionLost => Database.GetDbConnection().State != System.Data.ConnectionState.Open;
}
