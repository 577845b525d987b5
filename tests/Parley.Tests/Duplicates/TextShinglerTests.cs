using Parley.Duplicates;

namespace Parley.Tests.Duplicates;

public sealed class TextShinglerTests
{
    [Theory]
    [InlineData("The U.S. Envoy's visit", "the us envoys visit")]
    [InlineData("a cease-fire, at 1,000 km.", "a ceasefire at 1000 km")]
    [InlineData("  Kyiv\u2019s  \"talks\" (again)!", "kyivs talks again")]
    [InlineData("word - dash", "word dash")]
    [InlineData("", "")]
    public void NormalisedWords_FoldCaseAndIgnorePunctuation(string text, string expected) =>
        Assert.Equal(expected, string.Join(' ', TextShingler.NormalisedWords(text)));

    [Theory]
    [InlineData("The special envoy said on Monday", "The particular emissary stated on Monday")]
    [InlineData("Troops carried out a deadly attack", "Soldiers carried out a lethal assault")]
    [InlineData("officials held a news conference", "officials hosted a press briefing")]
    public void Shingles_OfASynonymSwappedSentence_AreThoseOfTheOriginal(string original, string spun)
    {
        var shingler = new TextShingler(SynonymLexicon.Shipped, 2);
        Assert.Equal(shingler.DistinctShingles(original), shingler.DistinctShingles(spun));
        Assert.NotEqual(new TextShingler(SynonymLexicon.Empty, 2).DistinctShingles(original), new TextShingler(SynonymLexicon.Empty, 2).DistinctShingles(spun));
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("Kyiv", 1)]
    [InlineData("Kyiv said", 1)]
    [InlineData("Kyiv said Monday", 2)]
    [InlineData("said said said said", 1)]
    public void DistinctShingles_CountsWordPairsOnce(string text, int expected) =>
        Assert.Equal(expected, new TextShingler(SynonymLexicon.Empty, 2).DistinctShingles(text).Length);

    [Fact]
    public void Shingles_IgnoreCaseAndPunctuation()
    {
        var shingler = new TextShingler(SynonymLexicon.Shipped, 2);
        Assert.Equal(shingler.DistinctShingles("Blinken met Zelenskiy in Kyiv."), shingler.DistinctShingles("BLINKEN MET ZELENSKIY, in Kyiv!"));
    }

    [Theory]
    [InlineData("The special envoy said on Monday that talks would go on", 4, 0)]
    [InlineData("The particular emissary stated on Monday that discussions would go on", 0, 4)]
    [InlineData("officials held a news conference", 3, 0)]
    [InlineData("Kyiv and Moscow", 0, 0)]
    public void Signatures_CountCanonicalFormsAndVariants(string text, int canonicals, int variants) =>
        Assert.Equal(new SynonymUse(canonicals, variants), MinHasher.CreateDefault().Sign(text).Synonyms);
}
