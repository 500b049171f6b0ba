using OpenGovInfo.Documents.Attachments;

namespace OpenGovInfo.Documents.Tests.Attachments;

public sealed class FileNameTests
{
    [Theory]
    [InlineData("../../etc/passwd.pdf", "passwd.pdf")]
    [InlineData("..\\..\\windows\\system32\\报告.pdf", "报告.pdf")]
    [InlineData("/var/www/报告.pdf", "报告.pdf")]
    [InlineData("C:\\Users\\张三\\Desktop\\报告.pdf", "报告.pdf")]
    [InlineData("C:报告.pdf", "报告.pdf")]
    [InlineData("  报告.pdf. . ", "报告.pdf")]
    [InlineData("a<b>|c?.pdf", "a_b__c_.pdf")]
    [InlineData("..报告.pdf", "报告.pdf")]
    public async Task Path_traversal_names_are_reduced_to_a_safe_display_name(string name, string expected)
    {
        var verdict = await AttachmentInspectorTests.Inspect(name, SampleFiles.Pdf());

        Assert.True(verdict.IsAccepted, verdict.ToString());
        Assert.Equal(expected, verdict.Accepted!.DisplayName);
        Assert.DoesNotContain(name, verdict.Accepted.StorageName, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("报告\0.exe.pdf", "控制字符")]
    [InlineData("报告\n.pdf", "控制字符")]
    [InlineData("invoice\u202Efdp.exe", "不可见字符")]
    [InlineData("CON.pdf", "系统保留名称")]
    [InlineData("lpt1.pdf", "系统保留名称")]
    [InlineData("../..", "没有可用的名称")]
    [InlineData("", "文件名为空")]
    [InlineData("   ", "文件名为空")]
    public async Task Hostile_names_are_refused(string name, string messagePart)
    {
        var refusal = await AttachmentInspectorTests.Refused(name, SampleFiles.Pdf());

        Assert.Equal(AttachmentRefusalReason.UnsafeName, refusal.Reason);
        Assert.Contains(messagePart, refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Overly_long_names_are_refused()
    {
        var refusal = await AttachmentInspectorTests.Refused(new string('长', 300) + ".pdf", SampleFiles.Pdf());

        Assert.Equal("文件名过长（304 个字符，上限 200 个）", refusal.Message);
    }
}
