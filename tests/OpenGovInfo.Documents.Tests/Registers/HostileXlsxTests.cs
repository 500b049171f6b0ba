using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using OpenGovInfo.Documents.Registers;

namespace OpenGovInfo.Documents.Tests.Registers;

/// <summary>
/// Issue #12 item 3: a ~1 KB workbook that names row 100000000 or column ZZZZZ is refused fast, in Chinese, before
/// the reader allocates rows or cells for the gap.
/// </summary>
public sealed class HostileXlsxTests
{
    [Theory]
    [InlineData("""<row r="1"><c r="A1" t="inlineStr"><is><t>标题</t></is></c></row><row r="100000000"><c r="A100000000" t="inlineStr"><is><t>x</t></is></c></row>""", "第 100000000 行有内容，超出行数上限")]
    [InlineData("""<row r="1"><c r="A1" t="inlineStr"><is><t>标题</t></is></c><c r="ZZZZZ1" t="inlineStr"><is><t>x</t></is></c></row>""", "单元格 ZZZZZ1 有内容，超出列数上限")]
    [InlineData("""<row r="1"><c r="A1" t="inlineStr"><is><t>标题</t></is></c><c r="ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZ1" t="inlineStr"><is><t>x</t></is></c></row>""", "超出列数上限")]
    [InlineData("""<row r="1"><c r="A1" t="inlineStr"><is><t>标题</t></is></c></row><row r="4294967295"><c r="A4294967295" t="inlineStr"><is><t>x</t></is></c></row>""", "第 4294967295 行有内容，超出行数上限")]
    public void Far_rows_and_columns_with_content_are_refused_fast_before_allocation(string rows, string expected)
    {
        var xlsx = Workbook(rows);
        Assert.True(xlsx.Length < 2048, $"the hostile file is {xlsx.Length} bytes");
        var before = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();

        var file = RegisterFileReader.Read("登记表.xlsx", xlsx);

        watch.Stop();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.False(file.Succeeded);
        Assert.Contains(expected, Assert.Single(file.Issues).Message, StringComparison.Ordinal);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"took {watch.Elapsed}");
        Assert.True(allocated < 64L * 1024 * 1024, $"allocated {allocated / 1024 / 1024} MB");
    }

    [Fact]
    public void Empty_styled_rows_and_cells_far_out_are_skipped_not_allocated()
    {
        // Excel writes these when a whole column or the last row has been formatted.
        var xlsx = Workbook("""
            <row r="1"><c r="A1" t="inlineStr"><is><t>标题</t></is></c><c r="XFD1" s="0"/></row>
            <row r="2"><c r="A2" t="inlineStr"><is><t>甲</t></is></c></row>
            <row r="1048576"><c r="A1048576" s="0"/></row>
            """);
        var before = GC.GetAllocatedBytesForCurrentThread();

        var file = RegisterFileReader.Read("登记表.xlsx", xlsx);

        Assert.True(file.Succeeded, string.Join("; ", file.Issues));
        Assert.Equal("甲", Assert.Single(file.Rows)["标题"]);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 64L * 1024 * 1024);
    }

    [Fact]
    public void A_csv_of_millions_of_line_breaks_stops_at_the_limits()
    {
        var csv = Encoding.UTF8.GetBytes("标题\n" + new string('\n', 5_000_000));
        var watch = Stopwatch.StartNew();

        var file = RegisterFileReader.Read("a.csv", csv);

        Assert.False(file.Succeeded);
        Assert.Contains("行数或列数远超上限", Assert.Single(file.Issues).Message, StringComparison.Ordinal);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
    }

    [Theory]
    [InlineData("XFD1", 16_383)]
    [InlineData("XFE1", 16_384)]
    [InlineData("ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZ1", 16_385)]
    public void Column_indexes_stop_counting_past_the_last_excel_column(string reference, int index) =>
        Assert.Equal(index, XlsxGridReader.ColumnIndex(reference));

    private static byte[] Workbook(string rows)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>""");
            Add(zip, "_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
            Add(zip, "xl/workbook.xml", """<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="登记表" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            Add(zip, "xl/_rels/workbook.xml.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>""");
            Add(zip, "xl/worksheets/sheet1.xml", $"""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>{rows}</sheetData></worksheet>""");
        }

        return stream.ToArray();
    }

    private static void Add(ZipArchive zip, string name, string xml)
    {
        using var entry = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
        entry.Write(Encoding.UTF8.GetBytes(xml));
    }
}
