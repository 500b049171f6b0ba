using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Spectre.Console;

namespace OpenGovInfo.Cli.Tests.Audit;

public sealed class AuditCommandTests
{
    private const int CellsPer2021Report = 10 + (25 * 7) + 15;

    [Fact]
    public void Good_files_only_exit_0_and_write_every_output()
    {
        using var folder = new AuditFolder(withBadFiles: false);
        var (code, text, outputs) = Run(folder.Root);
        Assert.Equal(0, code);
        Assert.Contains("工信局", text, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(File.ReadAllText(outputs.Json));
        Assert.Equal(3, json.RootElement.GetArrayLength());
        Assert.All(json.RootElement.EnumerateArray(), r => Assert.True(r.GetProperty("source").GetString()!.Length > 0));
        Assert.All(json.RootElement.EnumerateArray(), r => Assert.Equal("read", r.GetProperty("status").GetString()));
        var csv = File.ReadAllLines(outputs.Csv);
        Assert.Equal("source,status,reason,agency,year,format,table,row,column,value", csv[0].TrimStart('\uFEFF'));
        Assert.Equal(1 + (3 * CellsPer2021Report), csv.Length);
        Assert.Equal(4, SheetNames(outputs.Xlsx).Count);
    }

    [Fact]
    public void Output_order_is_the_sorted_input_order()
    {
        using var folder = new AuditFolder(withBadFiles: true);
        var (_, _, outputs) = Run(folder.Root);
        using var json = JsonDocument.Parse(File.ReadAllText(outputs.Json));
        var sources = json.RootElement.EnumerateArray().Select(r => r.GetProperty("source").GetString()!).ToList();
        Assert.Equal(sources.Order(StringComparer.Ordinal), sources);
    }

    [Fact]
    public void Bad_files_give_per_file_errors_exit_1_and_the_run_goes_on()
    {
        using var folder = new AuditFolder(withBadFiles: true);
        var (code, text, outputs) = Run(folder.Root);
        Assert.Equal(1, code);
        foreach (var kind in new[] { "Truncated", "Corrupt", "Empty", "NotAReport" })
        {
            Assert.Contains(kind, text, StringComparison.Ordinal);
        }

        using var json = JsonDocument.Parse(File.ReadAllText(outputs.Json));
        Assert.Equal(8, json.RootElement.GetArrayLength());
        var failed = json.RootElement.EnumerateArray().Where(r => r.GetProperty("status").GetString() == "failed").ToList();
        Assert.Equal(5, failed.Count);
        Assert.All(failed, r => Assert.Equal(JsonValueKind.Null, r.GetProperty("report").ValueKind));
        Assert.All(failed, r => Assert.Matches(@"^\p{IsCJKUnifiedIdeographs}", r.GetProperty("reason").GetString()!));
        Assert.Contains("共 8 个文件，读取 3 个，失败 5 个", text, StringComparison.Ordinal);
        var summary = SheetNames(outputs.Xlsx);
        Assert.Equal("汇总", summary[0]);
        var rows = SheetRows(outputs.Xlsx, 0);
        Assert.Equal(["source", "status", "reason", "agency", "year", "format", "errors", "warnings"], rows[0]);
        Assert.Equal(1 + 8, rows.Count);
        Assert.Equal(5, rows.Count(r => r[1] == "failed" && r[2].Length > 0));
        var csvFailed = File.ReadAllLines(outputs.Csv).Skip(1).Where(l => l.Split(',')[1] == "failed").Select(l => l.Split(',')[0]);
        Assert.Equal(failed.Select(r => r.GetProperty("source").GetString()!), csvFailed);
        using (var workbook = SpreadsheetDocument.Open(outputs.Xlsx, false))
        {
            var errors = new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(workbook).Select(e => e.Description).ToList();
            Assert.True(errors.Count == 0, string.Join('\n', errors));
        }

        var reportSheet = SheetRows(outputs.Xlsx, 1);
        Assert.Contains(reportSheet, r => r.Count == 4 && r[0] == "applications" && r[1] == "new_received" && r[2] == "total" && r[3].Length > 0);
    }

    [Fact]
    public void Consecutive_years_of_one_agency_are_checked_across_years()
    {
        using var folder = new AuditFolder(withBadFiles: false);
        var (_, _, outputs) = Run(folder.Root);
        using var json = JsonDocument.Parse(File.ReadAllText(outputs.Json));
        var report2024 = json.RootElement.EnumerateArray().Select(r => r.GetProperty("report"))
            .Single(r => r.GetProperty("year").GetInt32() == 2024);
        var rules = report2024.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("rule").GetString()).ToList();
        Assert.Contains("T3-6", rules);
    }

    [Fact]
    public void Missing_path_is_bad_usage()
    {
        var (code, _) = RunRaw(["audit", Path.Combine(Path.GetTempPath(), "no-such-ogi-folder")]);
        Assert.Equal(2, code);
    }

    [Fact]
    public void No_path_is_bad_usage()
    {
        var (code, _) = RunRaw(["audit"]);
        Assert.Equal(2, code);
    }

    private static (int Code, string Text, (string Json, string Csv, string Xlsx) Outputs) Run(string root)
    {
        var outDir = Directory.CreateTempSubdirectory("ogi-audit-out-").FullName;
        var outputs = (Path.Combine(outDir, "a.json"), Path.Combine(outDir, "a.csv"), Path.Combine(outDir, "a.xlsx"));
        var (code, text) = RunRaw(["audit", root, "--json", outputs.Item1, "--csv", outputs.Item2, "--xlsx", outputs.Item3]);
        return (code, text, outputs);
    }

    private static (int Code, string Text) RunRaw(string[] args)
    {
        using var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = 400;
        var code = OgiApp.Run(args, console);
        return (code, writer.ToString());
    }

    private static List<List<string>> SheetRows(string path, int sheetIndex)
    {
        using var document = SpreadsheetDocument.Open(path, false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().ElementAt(sheetIndex);
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
        return [.. part.Worksheet.Descendants<Row>().Select(r => r.Elements<Cell>()
            .Select(c => c.InlineString?.Text?.Text ?? c.CellValue?.Text ?? "").ToList())];
    }

    private static List<string> SheetNames(string path)
    {
        using var document = SpreadsheetDocument.Open(path, false);
        return [.. document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!)];
    }
}
