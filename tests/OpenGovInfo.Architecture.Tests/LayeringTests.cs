using System.Reflection;
using NetArchTest.Rules;

namespace OpenGovInfo.Architecture.Tests;

/// <summary>
/// Dependencies point one way: Domain ← Documents ← Platform ← {Web, Cli}; the database providers plug into Platform
/// from their own projects. One test per project, on the compiled types (NetArchTest), so a reference added in any
/// file of any project fails here. (Replaces Domain.Tests' ArchitectureTests and Platform.Tests' DependencyDirectionTests.)
/// </summary>
public sealed class LayeringTests
{
    private static readonly Assembly Domain = typeof(OpenGovInfo.Domain.AnnualReports.AnnualReport).Assembly;
    private static readonly Assembly Documents = Assembly.Load("OpenGovInfo.Documents");
    private static readonly Assembly Platform = typeof(OpenGovInfo.Platform.Data.OpenGovInfoDbContext).Assembly;
    private static readonly Assembly Sqlite = Assembly.Load("OpenGovInfo.Platform.Sqlite");
    private static readonly Assembly PostgreSql = Assembly.Load("OpenGovInfo.Platform.PostgreSql");
    private static readonly Assembly Web = typeof(OpenGovInfo.Web.Portal.SiteOptions).Assembly;
    private static readonly Assembly Cli = typeof(OpenGovInfo.Cli.OgiApp).Assembly;

    // I/O, storage and hosting: what the law-as-code must not touch (embedded resources are read through Stream).
    private static readonly string[] Infrastructure =
    [
        "Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "Microsoft.Extensions.Hosting", "Npgsql", "Microsoft.Data.Sqlite",
        "System.Data", "System.Net.Http", "System.Net.Sockets", "System.IO.File", "System.IO.Directory", "System.Console",
        "DocumentFormat.OpenXml", "UglyToad.PdfPig", "AngleSharp", "SkiaSharp", "Spectre.Console",
    ];

    [Fact]
    public void Domain_references_no_io_storage_web_or_other_project()
    {
        AssertNone(Domain, [.. Infrastructure, "OpenGovInfo.Documents", "OpenGovInfo.Platform", "OpenGovInfo.Web", "OpenGovInfo.Cli"]);
    }

    [Fact]
    public void Documents_read_and_write_files_but_know_no_database_web_or_host()
    {
        AssertNone(Documents, ["Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "Npgsql", "Microsoft.Data.Sqlite",
            "OpenGovInfo.Platform", "OpenGovInfo.Web", "OpenGovInfo.Cli"]);
        Assert.Contains("OpenGovInfo.Domain", Documents.GetReferencedAssemblies().Select(a => a.Name));
    }

    [Fact]
    public void Platform_knows_no_web_framework_host_or_provider()
    {
        // Everything engine-specific (EF provider, connections, SQL of its own) lives in the provider projects behind
        // IDatabaseProvider, ISearchCandidates and IAuditChainLock (ADR 0024).
        AssertNone(Platform, ["Microsoft.AspNetCore.Mvc", "Microsoft.AspNetCore.Http", "Microsoft.AspNetCore.Builder",
            "Microsoft.AspNetCore.Routing", "Microsoft.AspNetCore.Razor", "OpenGovInfo.Web", "OpenGovInfo.Cli",
            "OpenGovInfo.Platform.Sqlite", "OpenGovInfo.Platform.PostgreSql", "Npgsql", "Microsoft.Data.Sqlite", "Spectre.Console"]);
    }

    [Fact]
    public void Platform_references_no_provider_package()
    {
        // UseSqlite and UseNpgsql are declared in the Microsoft.EntityFrameworkCore namespace, so a namespace rule cannot
        // see them: the compiled assembly's references can (the compiler keeps only the assemblies a type is used from).
        string[] providerPackages = ["Npgsql", "Microsoft.Data.Sqlite", "Microsoft.EntityFrameworkCore.Sqlite",
            "Npgsql.EntityFrameworkCore.PostgreSQL", "SQLitePCLRaw.core"];
        var referenced = Platform.GetReferencedAssemblies().Select(a => a.Name).ToList();
        Assert.Empty(referenced.Intersect(providerPackages));
    }

    [Fact]
    public void Each_provider_project_holds_only_its_own_provider()
    {
        AssertNone(Sqlite, ["Npgsql", "OpenGovInfo.Platform.PostgreSql", "OpenGovInfo.Web", "OpenGovInfo.Cli"]);
        AssertNone(PostgreSql, ["Microsoft.Data.Sqlite", "Microsoft.EntityFrameworkCore.Sqlite", "OpenGovInfo.Platform.Sqlite",
            "OpenGovInfo.Web", "OpenGovInfo.Cli"]);
    }

    [Fact]
    public void The_hosts_do_not_know_each_other_or_the_provider_internals()
    {
        AssertNone(Web, ["OpenGovInfo.Cli", "Spectre.Console", "OpenGovInfo.Platform.Sqlite", "OpenGovInfo.Platform.PostgreSql"]);
        AssertNone(Cli, ["OpenGovInfo.Web", "Microsoft.AspNetCore.Mvc", "Microsoft.AspNetCore.Builder"]);
    }

    [Fact]
    public void Only_the_platform_data_layer_and_the_hosts_touch_the_db_context_of_the_platform()
    {
        // Documents and Domain must not reach the DbContext even through reflection-free helpers.
        AssertNone(Documents, ["OpenGovInfo.Platform.Data"]);
        AssertNone(Domain, ["OpenGovInfo.Platform.Data"]);
    }

    private static void AssertNone(Assembly assembly, string[] forbidden)
    {
        var result = Types.InAssembly(assembly).ShouldNot().HaveDependencyOnAny(forbidden).GetResult();
        Assert.True(result.IsSuccessful,
            $"{assembly.GetName().Name} depends on a forbidden namespace in: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }
}
