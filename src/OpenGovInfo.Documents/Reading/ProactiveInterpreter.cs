using OpenGovInfo.Domain.AnnualReports;

namespace OpenGovInfo.Documents.Reading;

/// <summary>
/// Reads Table 2 from section 二: each number run goes to the item whose label the text before it ends with
/// (a shortened label such as 规范性文件 for 行政规范性文件 counts when it is the label's own ending). Table 2 has no
/// arithmetic, so a glued run is kept only when the digit rules leave exactly one split.
/// </summary>
internal static class ProactiveInterpreter
{
    private const int MinShortLabel = 4;

    /// <summary>Fills Table 2 and adds READ findings.</summary>
    public static void Read(TokenContext context, AnnualReport report)
    {
        var format = report.Definition;
        var items = format.ProactiveItems;
        var keys = FormatKeys.Of(format).Items;
        var seen = new bool[items.Count];
        foreach (var i in context.NumbersIn(2))
        {
            var item = Match(context.Labels[i] ?? "", keys);
            if (item < 0 || seen[item])
            {
                continue;
            }

            seen[item] = true;
            ReadItem(report, items[item], context.Tokens[i]);
        }

        if (!seen.Any(s => s))
        {
            report.Proactive = null;
            report.Findings.Add(ReadFindings.Unread("proactive", "未找到表二（主动公开政府信息情况）的数字", null));
            return;
        }

        for (var k = 0; k < items.Count; k++)
        {
            if (!seen[k])
            {
                ReportTables.Proactive(report).SetValues(items[k].Code, null);
                report.Findings.Add(ReadFindings.Unread($"proactive.{items[k].Code}", "未找到本行", null));
            }
        }
    }

    private static void ReadItem(AnnualReport report, ProactiveItem item, ReadToken token)
    {
        var measures = report.Definition.Block(item.Code).Measures;
        var (splits, truncated) = GluedDigitSplitter.Split(token.Chunks, measures.Count);
        var values = new decimal?[measures.Count];
        if (!truncated && splits.Count == 1)
        {
            for (var m = 0; m < measures.Count; m++)
            {
                var v = splits[0][m];
                values[m] = v is { } d && (measures[m].IsDecimal || d == decimal.Truncate(d)) ? d : null;
            }
        }

        ReportTables.Proactive(report).SetValues(item.Code, values);
        if (values.Any(v => v is null))
        {
            var why = splits.Count == 1 ? $"数值“{token.Text}”不是有效的数" : ReadFindings.Ambiguous(token.Text, truncated ? 0 : splits.Count);
            report.Findings.Add(ReadFindings.Unread($"proactive.{item.Code}", why, token.Place));
        }
    }

    private static int Match(string text, string[] keys)
    {
        var best = -1;
        var bestScore = 0;
        var tail = text.Length > 64 ? text[^64..] : text;
        for (var k = 0; k < keys.Length; k++)
        {
            var score = tail.EndsWith(keys[k], StringComparison.Ordinal) ? 2 * keys[k].Length : ShortEnding(tail, keys[k]);
            if (score > bestScore)
            {
                best = k;
                bestScore = score;
            }
        }

        return best;
    }

    /// <summary>Length of the longest ending of the label that the text ends with (at least <see cref="MinShortLabel"/>).</summary>
    private static int ShortEnding(string text, string label)
    {
        for (var n = label.Length - 1; n >= MinShortLabel; n--)
        {
            if (text.EndsWith(label.AsSpan(label.Length - n), StringComparison.Ordinal))
            {
                return n;
            }
        }

        return 0;
    }
}
