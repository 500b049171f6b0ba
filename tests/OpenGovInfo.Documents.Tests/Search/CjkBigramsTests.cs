using OpenGovInfo.Documents.Search;

namespace OpenGovInfo.Documents.Tests.Search;

public sealed class CjkBigramsTests
{
    [Fact]
    public void A_run_gives_its_overlapping_pairs_with_the_prefix()
    {
        Assert.Equal(["ogib科技", "ogib技型", "ogib型中", "ogib中小", "ogib小企", "ogib企业"], CjkBigrams.TokensOfRun("科技型中小企业"));
        Assert.Empty(CjkBigrams.TokensOfRun("局"));
    }

    [Fact]
    public void Runs_break_at_latin_digits_and_punctuation_and_full_width_forms_are_normalised()
    {
        Assert.Equal(["年度", "财政局", "预算"], CjkBigrams.Runs("2023年度，财政局ABC预算"));
        Assert.Equal(["公开"], CjkBigrams.Runs("ＡＢＣ公开１２３"));
    }

    [Fact]
    public void Supplementary_plane_characters_are_one_character_each()
    {
        Assert.Equal(["ogib𠀀公"], CjkBigrams.TokensOfRun("𠀀公"));
    }

    [Fact]
    public void The_index_text_holds_each_gram_once_in_order_of_first_appearance()
    {
        Assert.Equal("ogib公开 ogib开公", CjkBigrams.Index("公开公开，公开"));
        Assert.Equal("", CjkBigrams.Index("abc 2023"));
    }
}
