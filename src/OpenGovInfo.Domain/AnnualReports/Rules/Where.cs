namespace OpenGovInfo.Domain.AnnualReports.Rules;

/// <summary>Builds the <c>where</c> paths of findings, as report-json.md defines them.</summary>
public static class Where
{
    /// <summary><c>applications.&lt;column&gt;</c> for the column rules.</summary>
    public static string ApplicationsColumn(int column) => "applications." + TableLayouts.Columns[column].Code;

    /// <summary><c>applications.&lt;row&gt;</c> for the row rule.</summary>
    public static string ApplicationsRow(string row) => "applications." + row;

    /// <summary><c>applications.&lt;row&gt;.&lt;column&gt;</c> for one cell.</summary>
    public static string ApplicationsCell(string row, int column) =>
        "applications." + row + "." + TableLayouts.Columns[column].Code;

    /// <summary><c>review_litigation.&lt;group&gt;</c>.</summary>
    public static string ReviewGroup(int group) => "review_litigation." + TableLayouts.ReviewGroups[group].Code;

    /// <summary><c>proactive.&lt;item&gt;</c>.</summary>
    public static string ProactiveItem(string item) => "proactive." + item;

    /// <summary><c>sections.&lt;name&gt;</c>.</summary>
    public static string Section(string key) => "sections." + key;
}
