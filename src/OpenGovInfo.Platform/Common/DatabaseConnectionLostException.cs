using System.Data.Common;

namespace OpenGovInfo.Platform.Common;

/// <summary>
/// The connection broke in the middle of a unit of work, and the provider said so only as "transaction completed"
/// (an <see cref="InvalidOperationException"/>, not a database error). Transient by definition, so that
/// <see cref="DatabaseOutage"/> and the web edge answer 503 like any other outage; nothing was committed.
/// </summary>
public sealed class DatabaseConnectionLostException(Exception inner)
    : DbException("数据库连接在事务中断开（数据库重启或网络中断），本次操作未提交。", inner)
{
    /// <inheritdoc />
    public override bool IsTransient => true;
}
