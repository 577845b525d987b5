using Parley.Duplicates;
using Parley.Lexicons;
using Parley.Tests.Support;

namespace Parley.Tests.Duplicates;

public sealed class SynonymLexiconTests
{
    private const string Header = "# parley-lexicon: synonyms/near-duplicates\n# version: 1\n";

    [Fact]
    public void Shipped_LoadsItsVariants() => Assert.True(SynonymLexicon.Shipped.Count > 200);

    [Theory]
    [InlineData("said\tsaid\n", "its own synonym")]
    [InlineData("envoy\tstated\n", "already stands for")]
    [InlineData("declared\tvowed\n", "is itself a variant")]
    [InlineData("said\t-\n", "has no word")]
    public void Load_RejectsAUserLineThatBreaksTheMapping(string line, string reason)
    {
        using var folder = new TempDirectory();
        folder.Write(SynonymLexicon.Path, Header + line);
        var error = Assert.Throws<LexiconFormatException>(() => SynonymLexicon.Load(new LexiconFiles(folder.Path)));
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_AddsAUsersVariants()
    {
        using var folder = new TempDirectory();
        folder.Write(SynonymLexicon.Path, Header + "envoy\tplenipotentiary\n");
        var shingler = new TextShingler(SynonymLexicon.Load(new LexiconFiles(folder.Path)), 2);
        Assert.Equal(shingler.DistinctShingles("the envoy arrived"), shingler.DistinctShingles("the plenipotentiary arrived"));
    }
}
