using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenGovInfo.Platform.Agencies;
using OpenGovInfo.Platform.Applications;
using OpenGovInfo.Platform.Audit;
using OpenGovInfo.Platform.Calendar;
using OpenGovInfo.Platform.Data;
using OpenGovInfo.Platform.PersonalData;
using OpenGovInfo.Platform.Demo;
using OpenGovInfo.Platform.Notifications;
using OpenGovInfo.Platform.Portal;
using OpenGovInfo.Platform.Publishing;
using OpenGovInfo.Platform.Registers;
using OpenGovInfo.Platform.Staff;

namespace OpenGovInfo.Platform;

/// <summary>Registers the platform: database, use cases, clock. Hosts add their own edge (cookies, pages, commands).</summary>
public static class PlatformServiceCollectionExtensions
{
    /// <summary>Adds the platform services, reading <see cref="DatabaseOptions"/> from <paramref name="configuration"/>.</summary>
    public static IServiceCollection AddPlatform(this IServiceCollection services, IConfiguration configuration)
    {
        var database = DatabaseOptions.From(configuration);
        services.AddSingleton(database);
        // The configured engine's part (EF provider, connections, its own SQL) comes from its provider project.
        var provider = DatabaseProviders.For(database.Provider);
        services.AddSingleton(provider);
        provider.AddServices(services);
        services.AddSingleton(AuditOptions.From(configuration));
        services.AddSingleton<AuditInterceptor>();
        services.AddSingleton<AuditBulkWrites>();
        var personalData = PersonalDataOptions.From(configuration);
        services.AddSingleton(personalData);
        services.AddSingleton(new PersonalDataCipher(personalData));
        services.AddSingleton<ApplicantKeys>();
        services.AddScoped<EncryptPlaintextPersonalData>();
        services.AddScoped<RekeyPersonalData>();
        // Pooled: the portal's public pages create a context per request; pooling skips building its services each time.
        // The audit interceptor is a singleton for that reason (docs/decisions/0017).
        services.AddDbContextPool<OpenGovInfoDbContext>((root, options) =>
            PlatformDatabase.Configure(options, provider, database.ConnectionString).AddInterceptors(root.GetRequiredService<AuditInterceptor>()));
#pragma warning disable RS0030 // The one TimeProvider wiring (ADR 0008): everything else is handed the clock.
        services.TryAddSingleton(TimeProvider.System);
#pragma warning restore RS0030
        services.AddScoped<VerifyAuditTrail>();
        services.AddScoped<SearchAuditTrail>();
        services.AddScoped<DatabaseMigrator>();
        services.AddScoped<CalendarSeeder>();
        services.AddSingleton<CalendarStore>();
        services.AddScoped<ImportHolidayNotice>();
        services.AddScoped<ExplainPublishBy>();
        services.AddSingleton<RichTextSanitizer>();
        services.AddScoped<ListAgencies>();
        services.AddScoped<GetAgency>();
        services.AddScoped<CreateAgency>();
        services.AddScoped<UpdateDisclosurePages>();
        services.AddScoped<UpdateAgencyProfile>();
        services.AddScoped<StaffRoleSetup>();
        services.AddScoped<DemoSeeder>();
        services.AddScoped<AnnualReports.CompileAnnualReport>();
        services.AddScoped<AnnualReports.ReportStore>();
        services.AddScoped<AnnualReports.SaveReportDraft>();
        services.AddScoped<AnnualReports.SubmitReport>();
        services.AddScoped<AnnualReports.ReviewReport>();
        services.AddScoped<AnnualReports.GetReportDraft>();
        services.AddScoped<AnnualReports.GetCellRecords>();
        services.AddScoped<AnnualReports.ListReports>();
        services.AddScoped<AnnualReports.CompileDistrictReport>();
        services.AddScoped<AnnualReports.GetReportDashboard>();
        services.AddScoped<AnnualReports.ReportReminders>();
        services.AddScoped<AnnualReports.GetDistrictCellContributions>();
        services.AddScoped<AnnualReports.ImportPublishedReport>();
        services.AddScoped<AnnualReports.GetPublishedReportFile>();
        services.AddScoped<ItemEditor>();
        services.AddScoped<CreateDraft>();
        services.AddScoped<UpdateDraft>();
        services.AddScoped<AddAttachment>();
        services.AddScoped<ImportDocxBody>();
        services.AddScoped<RemoveAttachment>();
        services.AddScoped<ApplyReviewAction>();
        services.AddScoped<ListReviewActions>();
        services.AddNotificationsAndWorkQueue(configuration);
        services.AddScoped<ReleaseDueItems>();
        services.AddScoped<ListItems>();
        services.AddSingleton<PublicReadPool>();
        services.AddSingleton<PublicReads>();
        services.AddSingleton<PublicContentSignal>();
        services.AddSingleton<PublicCountCache>();
        services.AddScoped<ReadPublicContentStamp>();
        services.AddScoped<FindWithdrawnItem>();
        services.AddScoped<ListSitemapItems>();
        services.AddScoped<GetItem>();
        services.AddScoped<ListAnnualReports>();
        services.AddScoped<GetAttachment>();
        services.AddScoped<SearchItems>();
        services.AddScoped<SearchReindexer>();
        services.AddScoped<PublishingDashboard>();
        services.AddScoped<IItemSearch, SqlItemSearch>();
        services.AddScoped<ImportRegister>();
        services.AddScoped<AddRegisterEntry>();
        services.AddScoped<ListRegisters>();
        services.AddScoped<GetRegisterEntry>();
        services.AddScoped<CorrectRegisterEntry>();
        services.AddScoped<WithdrawRegisterEntry>();
        services.AddScoped<ListPublicRegisters>();
        services.AddSingleton(ApplicationClockSettings.From(configuration));
        services.AddSingleton(ApplicantSubmissionLimit.From(configuration));
        services.AddScoped<SubmitApplication>();
        services.AddScoped<RecordCaseStep>();
        services.AddScoped<ReplyLetters>();
        services.AddScoped<ReplyTemplateStore>();
        services.AddScoped<TrackApplication>();
        services.AddScoped<GetCase>();
        services.AddScoped<GetCaseDocument>();
        services.AddScoped<CaseWorklist>();
        services.AddScoped<RecordRemedy>();
        return services;
    }
}
