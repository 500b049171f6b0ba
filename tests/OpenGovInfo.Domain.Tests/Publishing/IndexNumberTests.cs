using FsCheck;
using FsCheck.Xunit;
using OpenGovInfo.Domain.Publishing;

namespace OpenGovInfo.Domain.Tests.Publishing;

public class IndexNumberTests
{
    // Check character of 11100000000013127 (GB 32100-2015): Σ code·weight = 1·1 + 1·3 + 1·9 + 1·8 + 3·24 + 1·10 + 2·30
    // + 7·28 = 359; 359 mod 31 = 18; 31 − 18 = 13 → the 14th character of 0-9A-HJ-NP-RTUWXY, 'D'.
    private const string Code = "11100000000013127D";

    [Fact]
    public void Check_character_follows_the_standard() =>
        Assert.Equal('D', OpenGovInfo.Domain.Agencies.UnifiedSocialCreditCode.CheckCharacter(Code.AsSpan(0, 17)));

    [Fact]
    public void Formats_with_a_four_digit_year_and_a_five_digit_sequence() =>
        Assert.Equal(Code + "/2025-00007", IndexNumber.Create(Code, 2025, 7).Value!.Value.ToString());

    [Fact]
    public void Parses_its_own_format()
    {
        var number = IndexNumber.Parse(Code + "/2025-00042").Value!.Value;
        Assert.Equal((Code, 2025, 42), (number.CreditCode, number.Year, number.Sequence));
        Assert.Equal(43, number.Next().Value!.Value.Sequence);
    }

    [Theory]
    [InlineData("11100000000013127E/2025-00001", "校验位")]
    [InlineData("1110000000001312/2025-00001", "18 位")]
    [InlineData("11100000000013127d/2025-00001", "大写字母")]
    [InlineData("1110000000001312ID/2025-00001", "大写字母")]
    [InlineData(Code + "/2025-00000", "顺序号")]
    [InlineData(Code + "/2025-0042", "格式")]
    [InlineData(Code + "/2025-000042", "格式")]
    [InlineData(Code + "-2025-00042", "格式")]
    [InlineData(Code + "/20X5-00042", "数字")]
    [InlineData(Code + " /2025-00042", "空格")]
    public void Rejects_malformed_numbers_with_a_reason(string text, string fragment)
    {
        var result = IndexNumber.Parse(text);
        Assert.False(result.IsSuccess);
        Assert.Contains(fragment, result.Error!, StringComparison.Ordinal);
    }

    [Fact]
    public void The_sequence_runs_out_after_99999()
    {
        Assert.False(IndexNumber.Create(Code, 2025, 100000).IsSuccess);
        Assert.False(IndexNumber.Create(Code, 2025, IndexNumber.MaxSequence).Value!.Value.Next().IsSuccess);
    }

    [Property]
    public bool Round_trips(PositiveInt sequence, NonNegativeInt year)
    {
        var number = IndexNumber.Create(Code, 2000 + (year.Get % 100), 1 + ((sequence.Get - 1) % IndexNumber.MaxSequence)).Value!.Value;
        return IndexNumber.Parse(number.ToString()).Value == number;
    }
}
