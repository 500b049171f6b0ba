using System.Collections.Concurrent;

namespace OpenGovInfo.Cli.Audit;

/// <summary>
/// Expands the command's paths: files as given, folders recursively (each subfolder listed on its own core, since a
/// walk over a network share or a cold disk waits on I/O per folder), in a stable (ordinal) order.
/// </summary>
internal static class AuditFiles
{
    /// <summary>The files to read, or the paths that do not exist.</summary>
    public static (List<string> Files, List<string> Missing) Collect(IEnumerable<string> paths)
    {
        var files = new List<string>();
        var missing = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                files.Add(path);
            }
            else if (Directory.Exists(path))
            {
                var found = new ConcurrentBag<string>();
                Walk(path, found);
                files.AddRange(found.Order(StringComparer.Ordinal));
            }
            else
            {
                missing.Add(path);
            }
        }

        return ([.. files.Distinct(StringComparer.Ordinal)], missing);
    }

    private static void Walk(string folder, ConcurrentBag<string> found)
    {
        foreach (var file in Directory.EnumerateFiles(folder))
        {
            if (!Path.GetFileName(file).StartsWith('.'))
            {
                found.Add(file);
            }
        }

        // Linked folders are not followed: a link back to a parent would make the walk endless.
        var subfolders = Directory.EnumerateDirectories(folder).Where(d => new DirectoryInfo(d).LinkTarget is null);
        Parallel.ForEach(subfolders, sub => Walk(sub, found));
    }
}
