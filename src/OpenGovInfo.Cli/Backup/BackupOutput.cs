using Microsoft.Data.Sqlite;
using Npgsql;

namespace OpenGovInfo.Cli.Backup;

/// <summary>
/// Runs a backup or restore step and turns every failure into one Chinese line on stderr and a non-zero exit code:
/// an operator restoring at 3 a.m. needs the reason, not a stack trace, and stdout stays the report of what was done.
/// </summary>
internal static class BackupOutput
{
    /// <summary>Where refusals go; stderr unless a test redirects <see cref="Console.Error"/>.</summary>
    private static TextWriter Error => Console.Error;

    public static async Task<int> RunAsync(Func<Task<int>> action)
    {
        try
        {
            return await action();
        }
        catch (BackupRefusedException refused)
        {
            return Fail(refused.Message, refused.ExitCode);
        }
        catch (SqliteException ex)
        {
            return Fail($"SQLite 数据库操作失败：{ex.Message}", 1);
        }
        catch (NpgsqlException ex)
        {
            return Fail($"PostgreSQL 数据库操作失败：{ex.Message}", 1);
        }
        catch (IOException ex)
        {
            return Fail($"文件读写失败：{ex.Message}", 1);
        }
        catch (UnauthorizedAccessException ex)
        {
            return Fail($"没有文件访问权限：{ex.Message}", 1);
        }
        catch (ArgumentException ex)
        {
            // A malformed connection string surfaces here (key not supported, bad value).
            return Fail($"参数或连接字符串有误：{ex.Message}", CliErrors.UsageError);
        }
    }

    private static int Fail(string message, int code)
    {
        Error.WriteLine("错误：" + message);
        Error.Flush();
        return code;
    }
}
