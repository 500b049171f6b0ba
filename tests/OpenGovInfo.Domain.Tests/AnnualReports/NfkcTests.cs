using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OpenGovInfo.Domain.AnnualReports;

namespace OpenGovInfo.Domain.Tests.AnnualReports;

/// <summary>The fast NFKC equals the platform's NFKC on the characters reports are made of, and on everything else.</summary>
public class NfkcTests
{
    private const string Pool = "０１９ＡＺａｚ（）：，；％　\u00A0 abc123()、。“”《》【】—…①½ｶﾞ é\u0301政府信息公開總計二〇年ⅢＫ￥·×–\t\n\f";

    [Property(MaxTest = 2000)]
    public Property Equals_the_platform_normalisation() =>
        Prop.ForAll(Gen.ArrayOf(Gen.Elements(Pool.ToCharArray())).Select(cs => new string(cs)).ToArbitrary(),
            text => Nfkc.Normalize(text) == text.Normalize(NormalizationForm.FormKC));

    [Theory]
    [InlineData("（一）予以公开　１２", "(一)予以公开 12")]
    [InlineData("plain ascii", "plain ascii")]
    [InlineData("１…２", "1...2")]
    public void Folds_width_forms(string text, string expected) => Assert.Equal(expected, Nfkc.Normalize(text));
}
