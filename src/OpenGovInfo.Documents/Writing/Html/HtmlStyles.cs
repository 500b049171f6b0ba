namespace OpenGovInfo.Documents.Writing.Html;

/// <summary>The embedded stylesheet: screen reading plus an A4 print layout, no external assets.</summary>
internal static class HtmlStyles
{
    /// <summary>CSS for the standalone document (class names are prefixed so the fragment can be embedded).</summary>
    public const string Css = """
        body { margin: 2em auto; max-width: 60em; padding: 0 1em; color: #111; background: #fff;
          font-family: "SimSun", "宋体", "Songti SC", "AR PL UMing CN", serif; line-height: 1.75; }
        .ogi-report h1, .ogi-report h2 { font-family: "SimHei", "黑体", "Heiti SC", "WenQuanYi Zen Hei", sans-serif;
          font-weight: bold; }
        .ogi-report h1 { text-align: center; font-size: 1.5em; margin: 0 0 1em; }
        .ogi-report h2 { font-size: 1.15em; margin: 1.5em 0 .5em; }
        .ogi-report p { text-indent: 2em; margin: .3em 0; }
        .ogi-report table { border-collapse: collapse; width: 100%; margin: .5em 0 1.5em; font-size: .9em;
          line-height: 1.4; }
        .ogi-report caption { font-weight: bold; padding: .3em 0; }
        .ogi-report th, .ogi-report td { border: 1px solid #000; padding: .25em .4em; vertical-align: middle; }
        .ogi-report th { font-weight: normal; text-align: center; }
        .ogi-report th[scope="row"], .ogi-report th[scope="rowgroup"] { text-align: left; }
        .ogi-report th.ogi-block { font-weight: bold; background: #f2f2f2; }
        .ogi-report td { text-align: center; font-variant-numeric: tabular-nums; min-width: 2.5em; }
        .ogi-report td.ogi-note { font-size: .85em; text-align: left; }
        @media print {
          @page { size: A4; margin: 2cm 1.8cm; }
          body { margin: 0; max-width: none; padding: 0; font-size: 10.5pt; }
          .ogi-report table { font-size: 9pt; page-break-inside: auto; }
          .ogi-report tr, .ogi-report th, .ogi-report td { page-break-inside: avoid; break-inside: avoid; }
          .ogi-report thead { display: table-header-group; }
          .ogi-report h1, .ogi-report h2 { page-break-after: avoid; break-after: avoid; }
          .ogi-report th.ogi-block { background: none; }
        }
        """;
}
