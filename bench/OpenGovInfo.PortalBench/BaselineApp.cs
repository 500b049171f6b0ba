using System.Data.Common;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Npgsql;
using OpenGovInfo.Platform.Data;

namespace OpenGovInfo.PortalBench;

/// <summary>
/// The yardstick: a minimal ASP.NET Core app that answers the item page and the list page with one raw SQL query each
/// and renders the same fields with a StringBuilder — no Razor, no EF, no middleware.
/// </summary>
internal static class BaselineApp
{
    // The portal's own escaping (WebServiceCollectionExtensions: Chinese printed as is, markup characters escaped).
    // HtmlEncoder.Default escaped every Chinese character to a numeric entity: more work and several times the bytes of
    // the portal's page, which flattered the portal.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private const string ItemSql = """
        SELECT "Title", "BodyHtml", "IndexNumber", "IssuingAgency", "FormedOn", "DocumentNumber", "Validity", "PublishedAt", "CategoryCode"
        FROM items WHERE "Id" = @id AND "State" = 'Published'
        """;

    private const string ListSql = """
        SELECT "Id", "Title", "CategoryCode", "IndexNumber", "PublishedAt" FROM items
        WHERE "AgencyId" = @id AND "State" = 'Published' ORDER BY "PublishedAt" DESC, "Id" DESC LIMIT 20
        """;

    public static async Task<int> RunAsync(BenchOptions options)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(options.Urls);
        var app = builder.Build();
        var open = Opener(options.Database);
        app.MapGet("/items/{id:int}", (int id) => QueryAsync(open, ItemSql, id, RenderItem));
        app.MapGet("/agencies/{id:int}/items", (int id) => QueryAsync(open, ListSql, id, RenderList));
        await app.RunAsync();
        return 0;
    }

    private static Func<Task<DbConnection>> Opener(DatabaseOptions database)
    {
        if (database.Provider == DatabaseProvider.PostgreSql)
        {
            var source = NpgsqlDataSource.Create(database.ConnectionString);
            return async () => await source.OpenConnectionAsync();
        }

        return async () =>
        {
            var connection = new SqliteConnection(database.ConnectionString);
            await connection.OpenAsync();
            return connection;
        };
    }

    private static async Task<IResult> QueryAsync(Func<Task<DbConnection>> open, string sql, int id, Func<DbDataReader, Task<string?>> render)
    {
        await using var connection = await open();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@id";
        parameter.Value = id;
        command.Parameters.Add(parameter);
        await using var reader = await command.ExecuteReaderAsync();
        var html = await render(reader);
        return html is null ? Results.NotFound() : Results.Content(html, "text/html; charset=utf-8");
    }

    private static async Task<string?> RenderItem(DbDataReader r)
    {
        if (!await r.ReadAsync())
        {
            return null;
        }

        var e = Encoder;
        var html = new StringBuilder("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>")
            .Append(e.Encode(r.GetString(0))).Append("</title></head><body><table class=\"metadata\">");
        foreach (var (label, i) in new[] { ("索引号", 2), ("发布机构", 3), ("生成日期", 4), ("文号", 5), ("有效性", 6), ("发布日期", 7), ("信息类别", 8) })
        {
            html.Append("<tr><th>").Append(label).Append("</th><td>").Append(e.Encode(Convert.ToString(r.GetValue(i), System.Globalization.CultureInfo.InvariantCulture) ?? "")).Append("</td></tr>");
        }

        return html.Append("</table><h1>").Append(e.Encode(r.GetString(0))).Append("</h1><div>").Append(r.GetString(1)).Append("</div></body></html>").ToString();
    }

    private static async Task<string?> RenderList(DbDataReader r)
    {
        var e = Encoder;
        var html = new StringBuilder("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>法定主动公开内容</title></head><body><table>");
        while (await r.ReadAsync())
        {
            html.Append("<tr><td><a href=\"/items/").Append(r.GetInt32(0)).Append("\">").Append(e.Encode(r.GetString(1))).Append("</a></td><td>")
                .Append(e.Encode(r.GetString(2))).Append("</td><td>").Append(e.Encode(r.GetString(3))).Append("</td><td>")
                .Append(e.Encode(Convert.ToString(r.GetValue(4), System.Globalization.CultureInfo.InvariantCulture) ?? "")).Append("</td></tr>");
        }

        return html.Append("</table></body></html>").ToString();
    }
}
