namespace OpenGovInfo.Cli.Backup;

/// <summary>
/// A backup or restore that stops on purpose (a bad file, a newer schema, a database in the way, a tool that failed),
/// with the Chinese sentence the operator reads and the exit code a script checks.
/// </summary>
public sealed class BackupRefusedException(string message, int exitCode = CliErrors.UsageError) : Exception(message)
{
    /// <summary>2 for bad input or a refusal, 1 for a failure along the way.</summary>
    public int ExitCode { get; } = exitCode;
}
