using System.Diagnostics;
using System.Globalization;
using System.Text;
using OpenGovInfo.Documents.Reading;

namespace OpenGovInfo.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release -- fuzz 100000 [seed]</c>: reads that many mutated fixture files (lines deleted,
/// duplicated, shuffled or edited; files cut; random bytes) and fails (exit 1) when an exception escapes or a
/// file takes longer than the bound. Prints throughput and the slowest case.
/// </summary>
internal static class ReadFuzz
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(2);

    public static int Run(string[] args)
    {
        var cases = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100_000;
        var seed = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 20261127;
        var reports = Path.Combine(BenchData.Shared, "fixtures", "reports");
        var sources = Directory.GetFiles(reports, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToArray();
        var random = new Random(seed);
        var slowest = TimeSpan.Zero;
        var failures = 0;
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < cases; i++)
        {
            var input = Mutate(sources[i % sources.Length], random);
            var t0 = Stopwatch.GetTimestamp();
            try
            {
                AnnualReportReader.Read(new MemoryStream(input, false), $"fuzz-{i}.txt");
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                failures++;
                Console.Error.WriteLine($"case {i} (seed {seed}): {ex}");
            }

            var elapsed = Stopwatch.GetElapsedTime(t0);
            slowest = elapsed > slowest ? elapsed : slowest;
        }

        var total = Stopwatch.GetElapsedTime(started);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"fuzz: {cases} cases in {total.TotalSeconds:F1} s ({cases / total.TotalSeconds:F0}/s), exceptions {failures}, slowest {slowest.TotalMilliseconds:F1} ms (bound {Bound.TotalMilliseconds} ms)"));
        return failures == 0 && slowest < Bound ? 0 : 1;
    }

    private static byte[] Mutate(byte[] source, Random random)
    {
        switch (random.Next(6))
        {
            case 0:
                return source[..random.Next(source.Length + 1)];
            case 1:
                var bytes = (byte[])source.Clone();
                for (var k = random.Next(1, 30); k > 0 && bytes.Length > 0; k--)
                {
                    bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
                }

                return bytes;
            default:
                var lines = Encoding.UTF8.GetString(source).Split('\n').ToList();
                for (var k = random.Next(1, 12); k > 0 && lines.Count > 1; k--)
                {
                    EditLines(lines, random);
                }

                return Encoding.UTF8.GetBytes(string.Join('\n', lines));
        }
    }

    private static void EditLines(List<string> lines, Random random)
    {
        var a = random.Next(lines.Count);
        var b = random.Next(lines.Count);
        switch (random.Next(4))
        {
            case 0: lines.RemoveAt(a); break;
            case 1: lines.Insert(b, lines[a]); break;
            case 2: (lines[a], lines[b]) = (lines[b], lines[a]); break;
            default:
                var line = lines[a];
                if (line.Length > 1)
                {
                    lines[a] = line.Remove(random.Next(line.Length), 1)
                        .Insert(random.Next(line.Length - 1), random.Next(10).ToString(CultureInfo.InvariantCulture));
                }

                break;
        }
    }
}
