using OpenGovInfo.Domain.Privacy;
using OpenGovInfo.Domain.Publishing.Registers;

namespace OpenGovInfo.Domain.Tests.Privacy;

public sealed class PersonalDataMaskTests
{
    [Theory]
    [InlineData("身份证号410102199001011234。", "身份证号******************。")]
    [InlineData("身份证号41010219900101123x", "身份证号******************")]
    [InlineData("４１０１０２１９９００１０１１２３Ｘ", "******************")]
    [InlineData("4101 0219 9001 0112 34", "**********************")]
    [InlineData("410102-19900101-1234", "********************")]
    [InlineData("4101\u30000219\u30009001\u30000112\u300034", "**********************")]
    [InlineData("410102900101123", "***************")]
    [InlineData("电话13812345678", "电话***********")]
    [InlineData("电话 +86 138-1234-5678。", "电话 *****************。")]
    [InlineData("１３８１２３４５６７８", "***********")]
    [InlineData("（0376）6201234", "*************")]
    [InlineData("0376-6201234", "************")]
    public void Personal_numbers_are_masked_in_every_shape(string text, string expected) =>
        Assert.Equal(expected, PersonalDataMask.Mask(text));

    [Theory]
    [InlineData("明港罚〔2024〕22号")]
    [InlineData("平科工信〔2021〕2号")]
    [InlineData("2024-05-06 至 2025-05-06")]
    [InlineData("金额 12345678 元")]
    [InlineData("编号 1234567890123456")]
    [InlineData("统一社会信用代码 11411503005056010E")]
    [InlineData("（全角括号）与 〔文号〕")]
    public void Other_text_is_left_exactly_as_it_was(string text) => Assert.Equal(text, PersonalDataMask.Mask(text));

    [Fact]
    public void The_text_around_a_number_keeps_its_characters_outside_the_BMP_and_its_full_width_punctuation() =>
        Assert.Equal("\U0002000B某（身份证号 ******************）", PersonalDataMask.Mask("\U0002000B某（身份证号 410102199001011234）"));

    [Theory]
    [InlineData("张三", "张*")]
    [InlineData("欧阳娜娜", "欧***")]
    [InlineData("\U0002000B小明", "\U0002000B**")]
    [InlineData("\U0002A6A5", "*")]
    [InlineData("李", "*")]
    [InlineData("", "*")]
    public void A_person_keeps_the_first_whole_character_of_the_name(string name, string expected)
    {
        Assert.Equal(expected, PersonalDataMask.PersonName(name));
        Assert.Equal(expected, new DecisionSubject(name, IsNaturalPerson: true).PublicName);
    }

    [Fact]
    public void A_lone_surrogate_does_not_throw() => Assert.Equal("\uD800 ******************", PersonalDataMask.Mask("\uD800 410102199001011234"));
}
