using Microsoft.Extensions.Configuration;
using OpenGovInfo.Platform.Data;

namespace OpenGovInfo.PortalBench;

/// <summary>Command-line options.</summary>
internal sealed record BenchOptions(string Command, DatabaseOptions Database, int Count, string Urls, bool Detail)
{
    public static BenchOptions Parse(string[] args)
    {
        string Value(string name, string fallback)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
        }

        var provider = Enum.Parse<DatabaseProvider>(Value("--provider", "Sqlite"), ignoreCase: true);
        return new BenchOptions(args.Length > 0 ? args[0] : string.Empty,
            new DatabaseOptions(provider, Value("--connection", DatabaseOptions.DefaultSqliteConnection)),
            int.Parse(Value("--count", "100000"), System.Globalization.CultureInfo.InvariantCulture), Value("--urls", "http://127.0.0.1:5302"),
            Array.IndexOf(args, "--detail") >= 0);
    }

    public IConfiguration Configuration => new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["Database:Provider"] = Database.Provider.ToString(),
        ["ConnectionStrings:OpenGovInfo"] = Database.ConnectionString,
    }).Build();
}
