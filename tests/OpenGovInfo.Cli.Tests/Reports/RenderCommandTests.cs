using OpenGovInfo.Testing;

namespace OpenGovInfo.Cli.Tests.Reports;

public class RenderCommandTests
{
    private static readonly string Sample = SharedPaths.InRepository("samples", "pingqiao-2023.json");

    [Theory]
    [InlineData("html", "<!DOCTYPE html>")]
    [InlineData("md", "# ")]
    [InlineData("docx", "PK")]
    [InlineData("pdf", "%PDF-")]
    public void Render_writes_the_document_in_the_asked_format(string format, string magic)
    {
        var output = Path.Combine(Path.GetTempPath(), $"ogi-render-{Guid.NewGuid():N}.{format}");
        try
        {
            var (code, text) = CliRun.Ogi("report", "render", Sample, "--format", format, "-o", output);
            Assert.Equal(0, code);
            Assert.Contains("已生成", text, StringComparison.Ordinal);
            var head = File.ReadAllBytes(output).Take(64).ToArray();
            Assert.StartsWith(magic, System.Text.Encoding.ASCII.GetString(head).TrimStart('\uFEFF'), StringComparison.Ordinal);
            Assert.False(File.Exists(output + ".tmp"));
        }
        finally
        {
            File.Delete(output);
        }
    }

    [Fact]
    public void An_unwritable_output_fails_cleanly_without_leaving_a_file()
    {
        var output = Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}", "report.html");
        var (code, text) = CliRun.Ogi("report", "render", Sample, "--format", "html", "-o", output);
        Assert.Equal(1, code);
        Assert.Contains("渲染失败", text, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void Unreadable_input_exits_2()
    {
        using var file = new TempFile("{\"schema\": 1}");
        var (code, _) = CliRun.Ogi("report", "render", file.Path, "--format", "md");
        Assert.Equal(2, code);
    }
}
