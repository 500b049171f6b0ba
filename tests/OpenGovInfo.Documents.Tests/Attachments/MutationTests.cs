using OpenGovInfo.Documents.Attachments;
using OpenGovInfo.Documents.Registers;
using OpenGovInfo.Documents.Tests.Registers;

namespace OpenGovInfo.Documents.Tests.Attachments;

/// <summary>Damaged uploads (bytes flipped, files cut short) must come back as verdicts or issues, never as exceptions.</summary>
public sealed class MutationTests
{
    private const int Rounds = 300;

    public static TheoryData<string, int> Originals() => new()
    {
        { "a.docx", 0 },
        { "a.xlsx", 1 },
        { "登记表.xlsx", 2 },
    };

    [Theory]
    [MemberData(nameof(Originals))]
    public async Task Flipped_or_truncated_office_files_never_throw(string name, int which)
    {
        var original = Original(which);
        var random = new Random(20_241_127 + which);
        var refused = 0;
        for (var round = 0; round < Rounds; round++)
        {
            var damaged = Damage(original, random);

            var verdict = await AttachmentInspector.InspectAsync(name, null, 1024 * 1024, new MemoryStream(damaged));
            var register = RegisterFileReader.Read(name, damaged);

            Assert.True(verdict.IsAccepted ^ (verdict.Refusal is not null));
            Assert.True(register.Succeeded ^ (register.Issues.Count > 0));
            refused += verdict.IsAccepted ? 0 : 1;
        }

        Assert.True(refused > Rounds / 2, $"only {refused} of {Rounds} damaged files were refused");
    }

    [Fact]
    public void Random_bytes_named_csv_never_throw()
    {
        var random = new Random(4180);
        for (var round = 0; round < Rounds; round++)
        {
            var bytes = new byte[random.Next(0, 400)];
            random.NextBytes(bytes);

            var file = RegisterFileReader.Read("a.csv", bytes);

            Assert.True(file.Succeeded ^ (file.Issues.Count > 0));
        }
    }

    private static byte[] Original(int which) => which switch
    {
        0 => SampleFiles.Docx(),
        1 => SampleFiles.Xlsx(),
        _ => XlsxBuilder.Build(["标题", "发布日期"], ["某规定", new DateOnly(2024, 3, 1)]),
    };

    private static byte[] Damage(byte[] original, Random random)
    {
        if (random.Next(4) == 0)
        {
            return original[..random.Next(1, original.Length)];
        }

        var copy = (byte[])original.Clone();
        for (var flips = random.Next(1, 8); flips > 0; flips--)
        {
            copy[random.Next(copy.Length)] = (byte)random.Next(256);
        }

        return copy;
    }
}
