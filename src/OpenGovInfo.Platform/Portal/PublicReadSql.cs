namespace OpenGovInfo.Platform.Portal;

/// <summary>
/// The statements of the public read path (<see cref="PublicReads"/>), one command per page, so one round trip. Plain SQL that both SQLite and PostgreSQL run unchanged (quoted EF column names, LIMIT/OFFSET); values are
/// always bound parameters. Built once per process: statement 0 is the item page, statements 1–16 the list page with
/// each combination of its filters, with or without the total.
/// </summary>
internal static class PublicReadSql
{
    /// <summary>Statement key of the item page.</summary>
    public const int Item = 0;

    /// <summary>How many statements there are.</summary>
    public const int StatementCount = 1 + 16;

    // The list's filters as bits of its statement key (1 + bits).
    private const int ByCategory = 1, ByTopic = 2, ByYear = 4, WithTotal = 8;

    private const string Published = "\"State\" = 'Published'";

    // The item and its attachments in one statement (one row per attachment, one row with nulls when it has none):
    // a second statement cost as much again in SQLite's per-statement work as the whole item row.
    private const string ItemText = $"""
        SELECT i."AgencyId", i."Title", i."CategoryCode", i."Topic", i."IndexNumber", i."FormedOn", i."PublishedAt",
               i."IssuingAgency", i."PublishBy", i."BodyHtml", i."DocumentNumber", i."Validity", i."Channels",
               a."StorageName", a."DisplayName", a."ContentType", a."Length", a."Id"
        FROM items i LEFT JOIN item_attachments a ON a."ItemId" = i."Id"
        WHERE i."Id" = @id AND i.{Published}
        ORDER BY a."Id"
        """;

    /// <summary>The columns of a list row, in the order <see cref="PublicReads"/> reads them.</summary>
    private const string ListColumns = "\"Id\", \"Title\", \"CategoryCode\", \"IndexNumber\", \"PublishedAt\"";

    private static readonly (string Text, IReadOnlyList<string> Parameters)[] Statements =
        [(ItemText, ["@id"]), .. Enumerable.Range(0, 16).Select(ListStatement)];

    /// <summary>The key of the list statement for the given filters.</summary>
    public static int List(bool category, bool topic, bool year, bool withTotal) =>
        1 + (category ? ByCategory : 0) + (topic ? ByTopic : 0) + (year ? ByYear : 0) + (withTotal ? WithTotal : 0);

    /// <summary>The SQL of statement <paramref name="key"/>.</summary>
    public static string Text(int key) => Statements[key].Text;

    /// <summary>The parameter names of statement <paramref name="key"/>, in binding order.</summary>
    public static IReadOnlyList<string> Parameters(int key) => Statements[key].Parameters;

    // Agency name; then the total (when not cached); then one page of rows, newest first.
    private static (string, IReadOnlyList<string>) ListStatement(int bits)
    {
        var where = $"{Published} AND \"AgencyId\" = @agency";
        List<string> parameters = ["@agency"];
        if ((bits & ByCategory) != 0)
        {
            where += " AND \"CategoryCode\" = @category";
            parameters.Add("@category");
        }

        if ((bits & ByTopic) != 0)
        {
            where += " AND \"Topic\" = @topic";
            parameters.Add("@topic");
        }

        if ((bits & ByYear) != 0)
        {
            where += " AND \"PublishedAt\" >= @from AND \"PublishedAt\" < @to";
            parameters.AddRange(["@from", "@to"]);
        }

        parameters.AddRange(["@take", "@skip"]);
        var total = (bits & WithTotal) != 0 ? $"SELECT COUNT(*) FROM items WHERE {where};\n" : "";
        var text = $"SELECT \"Name\" FROM agencies WHERE \"Id\" = @agency;\n{total}" +
            $"SELECT {ListColumns} FROM items WHERE {where} ORDER BY \"PublishedAt\" DESC, \"Id\" DESC LIMIT @take OFFSET @skip";
        return (text, parameters);
    }
}
