using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace OpenGovInfo.Benchmarks;

/// <summary>
/// With <c>OGI_BENCH_SQL=1</c>, prints every EF query that kept its reader open longer than 20 ms (execution and
/// reading the rows, not materialising them into objects) while <see cref="On"/> is set: which query a slow compile
/// spends its time in, without a profiler. Through EF's DiagnosticListener, so the platform's services stay untouched.
/// </summary>
internal sealed class SqlTrace : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>
{
    private static readonly bool Enabled = Environment.GetEnvironmentVariable("OGI_BENCH_SQL") == "1";
    private static IDisposable? subscription;

    /// <summary>Whether queries are printed now.</summary>
    internal static bool On { get; set; }

    internal static void Start()
    {
        if (Enabled && subscription is null)
        {
            subscription = DiagnosticListener.AllListeners.Subscribe(new SqlTrace());
        }
    }

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
        {
            value.Subscribe(this);
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (On && value.Value is DataReaderDisposingEventData data && data.Duration.TotalMilliseconds > 20)
        {
            var text = data.Command.CommandText.ReplaceLineEndings(" ");
            Console.WriteLine($"    sql {data.Duration.TotalMilliseconds,7:F0} ms  {data.ReadCount,8} rows  {text[..Math.Min(text.Length, 260)]}");
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }
}
