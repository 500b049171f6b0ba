using System.Reflection;
using OpenGovInfo.Domain.AnnualReports;

namespace OpenGovInfo.Domain.Tests;

/// <summary>Dependencies point one way: the Domain is the law as code and knows no I/O framework.</summary>
public class ArchitectureTests
{
    private static readonly string[] ForbiddenInDomain =
    [
        "OpenGovInfo.Documents", "OpenGovInfo.Platform", "OpenGovInfo.Web", "OpenGovInfo.Cli",
        "Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "DocumentFormat.OpenXml", "UglyToad.PdfPig", "AngleSharp",
        "SkiaSharp", "Spectre.Console",
    ];

    [Fact]
    public void The_domain_references_no_infrastructure()
    {
        var references = typeof(AnnualReport).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToArray();
        Assert.DoesNotContain(references, r => ForbiddenInDomain.Any(f => r.StartsWith(f, StringComparison.Ordinal)));
    }

    [Fact]
    public void Documents_depend_on_the_domain_but_not_on_the_platform_or_hosts()
    {
        var documents = Assembly.Load("OpenGovInfo.Documents").GetReferencedAssemblies().Select(a => a.Name!).ToArray();
        Assert.Contains("OpenGovInfo.Domain", documents);
        Assert.DoesNotContain(documents, r => r.StartsWith("OpenGovInfo.Platform", StringComparison.Ordinal)
            || r.StartsWith("OpenGovInfo.Web", StringComparison.Ordinal) || r.StartsWith("OpenGovInfo.Cli", StringComparison.Ordinal));
    }
}
