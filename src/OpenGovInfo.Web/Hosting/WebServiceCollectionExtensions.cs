using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.WebEncoders;
using OpenGovInfo.Platform;
using OpenGovInfo.Platform.Data;
using OpenGovInfo.Platform.Staff;
using OpenGovInfo.Web.Authorization;
using OpenGovInfo.Web.Health;
using OpenGovInfo.Web.Portal;
using OpenGovInfo.Web.Publishing;
using OpenGovInfo.Web.Security;
using OpenGovInfo.Web.Security.HumanChecks;

using OpenGovInfo.Web.Applications;

namespace OpenGovInfo.Web.Hosting;

/// <summary>Registers the web edge: pages, API, identity cookies, authorisation, health, limits.</summary>
public static class WebServiceCollectionExtensions
{
    /// <summary>Request bodies above this are refused before model binding (forms here are small text).</summary>
    public const long MaxRequestBodyBytes = 1024 * 1024;

    /// <summary>Adds the platform and every web service.</summary>
    public static WebApplicationBuilder AddWeb(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        // MapStaticAssets serves wwwroot from the build's static web assets manifest, and a browser asking for gzip or
        // Brotli gets the compressed copy, which a build (not a publish) keeps under obj/: the runtime manifest maps it
        // there. Development reads that manifest by itself; other environments run from a build too (the tests, the
        // reliability suite's process), so it is read in every one. A published app has no runtime manifest: no-op.
        if (!builder.Environment.IsDevelopment())
        {
            builder.WebHost.UseStaticWebAssets();
        }

        DefaultUrls.Apply(builder);
        PersonalDataKeyPolicy.Check(builder.Environment, builder.Configuration);
        services.AddPlatform(builder.Configuration);
        services.AddApplicationRateLimits(builder.Configuration);
        services.AddHumanCheck(builder.Configuration);
        services.AddScheduledRelease(builder.Configuration);
        services.AddHostedService<OpenGovInfo.Web.Notifications.DeadlineReminderService>();
        services.AddHostedService<OpenGovInfo.Web.Publishing.SearchReindexService>();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = MaxRequestBodyBytes);
        services.Configure<FormOptions>(form =>
        {
            form.ValueLengthLimit = (int)MaxRequestBodyBytes;
            form.MultipartBodyLengthLimit = MaxRequestBodyBytes;
            form.ValueCountLimit = 200;
        });
        // Chinese text stays readable in the HTML source instead of becoming numeric entities.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddRouting(routing => routing.LowercaseUrls = true);
        services.AddRazorPages(StaffPageConventions.Apply)
            .AddMvcOptions(mvc => mvc.Filters.Add(new NoHandlerFilter()));
        services.AddOpenApi();
        services.AddProblemDetails();
        services.AddSingleton<AssetUrls>();
        services.AddSingleton(SiteOptions.From(builder.Configuration));
        services.AddSingleton<PortalLayout>();
        services.AddPortalCache(builder.Configuration);
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        services.AddDataProtection().SetApplicationName("OpenGovInfo").PersistKeysToDbContext<OpenGovInfoDbContext>();
        services.AddProxySupport(builder.Configuration);
        services.AddHsts(hsts => hsts.MaxAge = TimeSpan.FromDays(365));
        // Secure whenever the request is https, directly or as reported by a known proxy (the default is never).
        services.AddAntiforgery(antiforgery => antiforgery.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        services.AddSignInProtection(builder.Configuration);
        AddStaffIdentity(services);
        return builder;
    }

    private static void AddStaffIdentity(IServiceCollection services)
    {
        services.AddIdentity<StaffUser, IdentityRole>(StaffIdentityOptions.Apply)
            .AddEntityFrameworkStores<OpenGovInfoDbContext>()
            .AddDefaultTokenProviders()
            // Replaces the default authenticator provider: a TOTP code is accepted once (issue #12 item 12).
            .AddTokenProvider<SingleUseAuthenticatorTokenProvider>(TokenOptions.DefaultAuthenticatorProvider)
            .AddErrorDescriber<ChineseIdentityErrors>()
            .AddClaimsPrincipalFactory<StaffClaimsFactory>();
        services.AddStaffAccountUseCases();
        services.ConfigureApplicationCookie(StaffCookie.Configure);
        // Every staff request checks the cookie's security stamp against the database, so that signing out (or a
        // password change) ends every session of the user at once; staff traffic is small, the portal is anonymous.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.Zero);
        services.AddSingleton<IAuthorizationHandler, AgencyAccessHandler>();
        services.AddAuthorizationBuilder()
            .AddPolicy(StaffPolicies.Staff, StaffPolicies.StaffPolicy())
            .AddPolicy(StaffPolicies.AgencyRead, StaffPolicies.AgencyPolicy(AgencyOperation.Read))
            .AddPolicy(StaffPolicies.AgencyManage, StaffPolicies.AgencyPolicy(AgencyOperation.Manage))
            .AddPolicy(StaffPolicies.AgencyReviewFiles, StaffPolicies.AgencyPolicy(AgencyOperation.ReviewFiles))
            .AddPolicy(StaffPolicies.SystemAdmin, StaffPolicies.SystemAdminPolicy())
            .AddPolicy(StaffPolicies.AccountAdmin, StaffPolicies.AccountAdminPolicy())
            .AddPolicy(StaffPolicies.Supervision, StaffPolicies.SupervisionPolicy());
    }
}
