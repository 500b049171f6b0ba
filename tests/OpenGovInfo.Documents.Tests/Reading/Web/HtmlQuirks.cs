namespace OpenGovInfo.Documents.Tests.Reading.Web;

/// <summary>The ways real portals print a report's tables that the national layout does not (any combination).</summary>
[Flags]
public enum HtmlQuirks
{
    None = 0,

    /// <summary>Each table inside a one-cell layout table, the page inside a two-column frame table with a sidebar.</summary>
    Nested = 1,

    /// <summary>Legacy upper-case tags and attributes (&lt;TABLE&gt;&lt;TR&gt;&lt;TD&gt;).</summary>
    UpperCase = 2,

    /// <summary>&lt;FONT&gt; wrappers and labels split into several &lt;span&gt; runs.</summary>
    FontWrappers = 4,

    /// <summary>Full-width-space indentation and &amp;nbsp; inside labels.</summary>
    Spaces = 8,

    /// <summary>A &lt;br&gt; in the middle of long labels.</summary>
    BreaksInLabels = 16,

    /// <summary>ASCII parentheses: "(一)予以公开".</summary>
    AsciiParentheses = 32,

    /// <summary>Table 3's 申请人情况 header row left out (two header rows).</summary>
    MissingApplicantRow = 64,

    /// <summary>Table 3's header flattened to one row of leaf column labels.</summary>
    FlatHeader = 128,

    /// <summary>Every grid slot printed as its own cell (empty placeholders) instead of rowspan/colspan.</summary>
    PlaceholderCells = 256,

    /// <summary>The 2019 trial style: the 总计 column left blank on the outcome rows.</summary>
    BlankOutcomeTotals = 512,

    /// <summary>Every quirk that keeps all numbers printed.</summary>
    AllLayout = 511,
}
