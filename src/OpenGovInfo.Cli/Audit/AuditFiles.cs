namespace OpenGovInfo.Cli.Audit;

/// <summary>Expands the command's paths: files as given, folders recursively, in a stable (ordinal) order.</summary>
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
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => !Path.GetFileName(f).StartsWith('.'))
                    .Order(StringComparer.Ordinal));
            }
            else
            {
                missing.Add(path);
            }
        }

        return ([.. files.Distinct(StringComparer.Ordinal)], missing);
    }
}
