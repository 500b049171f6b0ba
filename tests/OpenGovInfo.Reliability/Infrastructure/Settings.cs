using System.Globalization;

namespace OpenGovInfo.Reliability.Infrastructure;

/// <summary>Knobs the bench script turns (scripts/bench-load.sh); the defaults keep the suite fast.</summary>
public static class Settings
{
    /// <summary>An integer from the environment, or <paramref name="fallback"/>.</summary>
    public static int Int(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : fallback;
}
