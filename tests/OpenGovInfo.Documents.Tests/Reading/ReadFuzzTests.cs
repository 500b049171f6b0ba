using System.Diagnostics;
using System.Text;
using OpenGovInfo.Documents.Reading;
using OpenGovInfo.Testing;

namespace OpenGovInfo.Documents.Tests.Reading;

/// <summary>
/// Mutated fixture texts (lines deleted, duplicated, shuffled; files cut; random bytes) never make the reader throw,
/// and each read stays within a time bound. The bench project runs the same idea for 100,000+ cases.
/// </summary>
public sealed class ReadFuzzTests
{
    private const int Cases = 3000;
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(2);

    [Fact]
    public void Mutated_reports_never_throw_and_stay_bounded()
    {
        var sources = Directory.GetFiles(SharedPaths.ReportsFolder, "*.txt").Order(StringComparer.Ordinal)
            .Select(File.ReadAllBytes).ToArray();
        var random = new Random(20261127);
        var slowest = TimeSpan.Zero;
        for (var i = 0; i < Cases; i++)
        {
            var input = Mutate(sources[i % sources.Length], random);
            var started = Stopwatch.GetTimestamp();
            var result = AnnualReportReader.Read(new MemoryStream(input), $"fuzz-{i}.txt");
            var elapsed = Stopwatch.GetElapsedTime(started);
            slowest = elapsed > slowest ? elapsed : slowest;
            Assert.True(result.Succeeded || result.Failure != ReadFailure.None);
        }

        Assert.True(slowest < Bound, $"slowest read {slowest.TotalMilliseconds} ms");
    }

    [Fact]
    public void Mutated_pdf_never_throws()
    {
        var pdf = File.ReadAllBytes(Path.Combine(SharedPaths.ReportsFolder, "001_huaian_2024.pdf"));
        var random = new Random(7);
        for (var i = 0; i < 12; i++)
        {
            var input = (byte[])pdf.Clone();
            if (i % 2 == 0)
            {
                input = input[..random.Next(8, input.Length)];
            }
            else
            {
                for (var k = 0; k < 20; k++)
                {
                    input[random.Next(input.Length)] = (byte)random.Next(256);
                }
            }

            var result = AnnualReportReader.Read(new MemoryStream(input), $"fuzz-{i}.pdf");
            Assert.True(result.Succeeded || result.Failure != ReadFailure.None);
        }
    }

    internal static byte[] Mutate(byte[] source, Random random)
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
                MutateLines(lines, random);
                return Encoding.UTF8.GetBytes(string.Join('\n', lines));
        }
    }

    private static void MutateLines(List<string> lines, Random random)
    {
        for (var k = random.Next(1, 12); k > 0 && lines.Count > 1; k--)
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
                    lines[a] = line.Length > 1 ? line.Remove(random.Next(line.Length), 1).Insert(random.Next(line.Length - 1), random.Next(10).ToString(System.Globalization.CultureInfo.InvariantCulture)) : line;
                    break;
            }
        }
    }
}
