namespace OpenGovInfo.Domain.Applications.Events;

/// <summary>收到补正: the reply period restarts from this day (条例 第三十条, AP-3c).</summary>
/// <param name="On">The supplement's receipt date (条例 第三十一条 by channel, see <see cref="ReceiptDate"/>).</param>
public sealed record SupplementReceived(DateOnly On) : ApplicationEvent(On);
