using OpenGovInfo.Web.Hosting;

// Thin host: the platform and the web edge each register themselves through one extension method.
var builder = WebApplication.CreateBuilder(args);
builder.AddWeb();

var app = builder.Build();
await app.PrepareDatabaseAsync();
app.UseWeb();
await app.RunAsync();

/// <summary>Entry point, public for WebApplicationFactory in the tests.</summary>
public partial class Program;
