namespace OpenGovInfo.Platform.Tests;

/// <summary>Dependencies point one way: Domain ← Platform ← {Web, Cli}; providers plug into Platform.</summary>
public sealed class DependencyDirectionTests
{
    [Fact]
    public void Domain_knows_no_database_or_web()
    {
        var references = typeof(OpenGovInfo.Domain.Agencies.UnifiedSocialCreditCode).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.DoesNotContain(references, r => r.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal));
        Assert.DoesNotContain(references, r => r.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        Assert.DoesNotContain(references, r => r.StartsWith("OpenGovInfo.Platform", StringComparison.Ordinal));
    }

    [Fact]
    public void Platform_does_not_reference_its_hosts_or_provider_projects()
    {
        var references = typeof(OpenGovInfo.Platform.Data.OpenGovInfoDbContext).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.Contains("OpenGovInfo.Domain", references);
        Assert.DoesNotContain(references, r => r is "OpenGovInfo.Web" or "ogi");
        Assert.DoesNotContain(references, r => r.StartsWith("OpenGovInfo.Platform.", StringComparison.Ordinal));
    }
}
