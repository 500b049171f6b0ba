namespace OpenGovInfo.Documents.Attachments;

/// <summary>Extensions refused whatever the content: programs, scripts, installers and macro-enabled Office files.</summary>
internal static class ForbiddenExtensions
{
    private static readonly HashSet<string> Executable = new(StringComparer.Ordinal)
    {
        ".exe", ".dll", ".com", ".sys", ".drv", ".ocx", ".cpl", ".scr", ".pif", ".msi", ".msp", ".mst", ".msix", ".appx",
        ".bat", ".cmd", ".ps1", ".psm1", ".psd1", ".vbs", ".vbe", ".js", ".jse", ".mjs", ".cjs", ".wsf", ".wsh", ".hta",
        ".lnk", ".url", ".reg", ".inf", ".scf", ".sh", ".bash", ".zsh", ".csh", ".ksh", ".command", ".py", ".pyc", ".pl",
        ".rb", ".php", ".phtml", ".asp", ".aspx", ".jsp", ".cgi", ".jar", ".class", ".apk", ".aab", ".ipa", ".app",
        ".dmg", ".pkg", ".deb", ".rpm", ".run", ".bin", ".elf", ".so", ".dylib", ".out", ".gadget", ".application",
    };

    private static readonly HashSet<string> MacroEnabled = new(StringComparer.Ordinal)
    {
        ".docm", ".dotm", ".xlsm", ".xltm", ".xlam", ".xlsb", ".pptm", ".potm", ".ppam", ".ppsm", ".sldm",
    };

    /// <summary>The refusal for <paramref name="extension"/> (lower case, with the dot), or null when not forbidden.</summary>
    internal static AttachmentRefusal? Check(string extension) =>
        Executable.Contains(extension)
            ? new(AttachmentRefusalReason.Executable, $"不允许上传可执行文件或脚本（{extension}）")
            : MacroEnabled.Contains(extension)
                ? new(AttachmentRefusalReason.MacroEnabled, $"不允许上传启用宏的 Office 文件（{extension}），请另存为不含宏的格式")
                : null;
}
