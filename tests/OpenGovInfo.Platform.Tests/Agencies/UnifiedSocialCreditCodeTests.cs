using OpenGovInfo.Domain.Agencies;

namespace OpenGovInfo.Platform.Tests.Agencies;

// Kept here rather than in Domain.Tests because this branch may only add to its own projects; the type is pure domain.
public sealed class UnifiedSocialCreditCodeTests
{
    [Theory]
    [InlineData("91350100M000100Y43")] // the worked example of GB 32100-2015
    [InlineData("914403001922038216")] // 华为技术有限公司
    [InlineData("91110000802100433B")] // 北京百度网讯科技有限公司
    [InlineData("91330100716105852F")] // 阿里巴巴（中国）有限公司
    [InlineData("11100000000013127D")] // 国务院办公厅 (category 11: 机关)
    public void Real_codes_are_valid(string code)
    {
        Assert.True(UnifiedSocialCreditCode.TryParse(code, out var parsed, out var error), error);
        Assert.Equal(code, parsed.Value);
    }

    [Theory]
    [InlineData("91350100M000100Y44")]
    [InlineData("914403001922038217")]
    [InlineData("91110000802100433C")]
    [InlineData("11100000000013127E")]
    public void A_wrong_check_character_is_rejected_with_a_Chinese_message(string code)
    {
        Assert.False(UnifiedSocialCreditCode.TryParse(code, out _, out var error));
        Assert.Contains("校验位", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "18 位")]
    [InlineData("9135010", "18 位")]
    [InlineData("91350100M000100Y431", "18 位")]
    [InlineData("91350100I000100Y43", "不含 I")] // I, O, Z, S, V are not in the alphabet
    [InlineData("9135010OM00010Y43X", "不含 I")]
    public void Malformed_codes_are_rejected(string code, string expected)
    {
        Assert.False(UnifiedSocialCreditCode.IsValid(code));
        Assert.False(UnifiedSocialCreditCode.TryParse(code, out _, out var error));
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Lower_case_and_spaces_are_normalised()
    {
        Assert.True(UnifiedSocialCreditCode.TryParse(" 91110000802100433b ", out var parsed, out _));
        Assert.Equal("91110000802100433B", parsed.Value);
    }

    [Fact]
    public void Check_character_zero_when_the_remainder_is_zero()
    {
        // Find a 17-character prefix whose weighted sum is a multiple of 31: C18 = 31 - 0 → wraps to '0'.
        var prefix = Enumerable.Range(0, 31)
            .Select(i => "1141150300505601" + UnifiedSocialCreditCode.Alphabet[i])
            .First(p => UnifiedSocialCreditCode.CheckCharacter(p) == '0');
        Assert.True(UnifiedSocialCreditCode.IsValid(prefix + "0"));
    }
}
