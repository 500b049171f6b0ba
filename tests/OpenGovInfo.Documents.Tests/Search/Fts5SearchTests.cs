using Microsoft.Data.Sqlite;
using OpenGovInfo.Documents.Search;

namespace OpenGovInfo.Documents.Tests.Search;

/// <summary>The segmenter and the query builder against a real SQLite FTS5 table with the unicode61 tokenizer.</summary>
public sealed class Fts5SearchTests : IDisposable
{
    private static readonly string[] Titles =
    [
        "关于依申请公开和处理政府信息情况的说明", // 1
        "2024年政府信息公开工作年度报告", // 2
        "Open Government Information Regulation 英文版", // 3
        "城市道路交通管理办法", // 4
        "公开招标公告 第 2025 号", // 5
        "申请材料清单", // 6
    ];

    private readonly SqliteConnection connection = new("Data Source=:memory:");

    public Fts5SearchTests()
    {
        connection.Open();
        Execute("CREATE VIRTUAL TABLE items USING fts5(title, tokenize = 'unicode61')");
        for (var i = 0; i < Titles.Length; i++)
        {
            using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO items(rowid, title) VALUES ($id, $title)";
            insert.Parameters.AddWithValue("$id", i + 1);
            insert.Parameters.AddWithValue("$title", ChineseSegmenter.Shared.Segment(Titles[i]));
            insert.ExecuteNonQuery();
        }
    }

    [Theory]
    [InlineData("公开", new long[] { 1, 2, 5 })]
    [InlineData("政府信息", new long[] { 1, 2 })]
    [InlineData("依申请公开", new long[] { 1 })]
    [InlineData("申请", new long[] { 1, 6 })]
    [InlineData("government", new long[] { 3 })]
    [InlineData("GOVERNMENT information", new long[] { 3 })]
    [InlineData("2025", new long[] { 5 })]
    [InlineData("2024", new long[] { 2 })]
    [InlineData("交通", new long[] { 4 })]
    [InlineData("税务", new long[] { })]
    public void Words_find_the_right_rows(string input, long[] expected)
    {
        Assert.Equal(expected, Search(input));
    }

    [Theory]
    [InlineData("\" OR 1=1 --")]
    [InlineData("NEAR(")]
    [InlineData("NEAR(公开 政府, 2)")]
    [InlineData("*")]
    [InlineData("公开*")]
    [InlineData("\"公开")]
    [InlineData("公开\"\"\"")]
    [InlineData("'); DROP TABLE items; --")]
    [InlineData("title:公开")]
    [InlineData("^公开")]
    [InlineData("公开 AND OR NOT")]
    [InlineData("{title} : 公开")]
    [InlineData("\0\u0001\uD800")]
    [InlineData("😀👍")]
    public void Hostile_input_never_throws_and_never_acts_as_an_operator(string input)
    {
        var rows = Search(input);

        Assert.All(rows, id => Assert.InRange(id, 1, Titles.Length));
        Assert.Equal(Titles.Length, Count());
    }

    [Fact]
    public void Hostile_prefix_still_searches_the_words_typed()
    {
        Assert.Equal([1L, 2L, 5L], Search("公开*"));
        Assert.Equal([1L, 2L, 5L], Search("\"公开"));
    }

    [Fact]
    public void Very_long_input_runs()
    {
        var rows = Search(string.Concat(Enumerable.Repeat("公开 \" ( * ", 5_000)));

        Assert.Equal([1L, 2L, 5L], rows);
    }

    public void Dispose() => connection.Dispose();

    private List<long> Search(string input)
    {
        var query = SearchQuery.Parse(input);
        if (query.IsEmpty)
        {
            return [];
        }

        using var command = connection.CreateCommand();
        command.CommandText = "SELECT rowid FROM items WHERE items MATCH $q ORDER BY rowid";
        command.Parameters.AddWithValue("$q", query.ToFts5Match());
        using var reader = command.ExecuteReader();
        var ids = new List<long>();
        while (reader.Read())
        {
            ids.Add(reader.GetInt64(0));
        }

        return ids;
    }

    private long Count()
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM items";
        return (long)command.ExecuteScalar()!;
    }

    private void Execute(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
