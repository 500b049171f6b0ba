using OpenGovInfo.PortalBench;

// ogi-portal-bench seed|baseline|search --provider P --connection C [--count N] [--urls U] [--detail]
var options = BenchOptions.Parse(args);
return options.Command switch
{
    "seed" => await PortalSeeder.RunAsync(options),
    "baseline" => await BaselineApp.RunAsync(options),
    "search" => await SearchLatency.RunAsync(options),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: seed|baseline|search --provider Sqlite|PostgreSql --connection CONN [--count N] [--urls URL]");
    return 2;
}
