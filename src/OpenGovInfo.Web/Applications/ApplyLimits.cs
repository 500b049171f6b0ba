using OpenGovInfo.Platform.Applications;

namespace OpenGovInfo.Web.Applications;

/// <summary>Size limits of the application forms and the reading of their files.</summary>
public static class ApplyLimits
{
    /// <summary>The whole request: five files at the per-file limit and the fields.</summary>
    public const long MaxRequestBytes = (SubmitApplication.MaxFiles * SubmitApplication.MaxFileBytes) + (1024 * 1024);

    /// <summary>Reads the uploaded files (the request limit has already bounded them).</summary>
    public static async Task<IReadOnlyList<IncomingFile>> ReadAsync(IEnumerable<IFormFile> files, CancellationToken cancellationToken)
    {
        var list = new List<IncomingFile>();
        foreach (var file in files.Where(f => f.Length > 0))
        {
            using var buffer = new MemoryStream((int)Math.Min(file.Length, SubmitApplication.MaxFileBytes + 1));
            await file.CopyToAsync(buffer, cancellationToken);
            list.Add(new IncomingFile(file.FileName, file.ContentType, buffer.ToArray()));
        }

        return list;
    }
}
