using Parley.Matching;
using Parley.Tests.Support;

namespace Parley.Tests.Matching;

public sealed class PhraseMatcherTests
{
    [Fact]
    public void LongestAt_PrefersTheLongestPhrase()
    {
        var matcher = new PhraseMatcher<string>(ignoreCase: false);
        matcher.Add("United States", "USA");
        matcher.Add("United States of America", "USA-full");
        matcher.Add("United", "none");
        var document = Pipelines.Process("The United States of America said.");
        var match = matcher.LongestAt(document, 1, document.Tokens.Length);
        Assert.NotNull(match);
        Assert.Equal(["USA-full"], match.Value.Values);
        Assert.Equal(5, match.Value.End);
    }

    [Fact]
    public void ExactMatcher_RespectsCase_AndFoldedMatcherIgnoresIt()
    {
        var exact = new PhraseMatcher<string>(ignoreCase: false);
        exact.Add("US", "USA");
        var folded = new PhraseMatcher<string>(ignoreCase: true);
        folded.Add("defence minister", "minister");
        var document = Pipelines.Process("let us ask Defence Minister Umerov");
        Assert.Null(exact.LongestAt(document, 1, document.Tokens.Length));
        Assert.Equal(["minister"], folded.LongestAt(document, 3, document.Tokens.Length)!.Value.Values);
    }

    [Fact]
    public void Phrases_MatchAcrossTypographicApostrophes()
    {
        var matcher = new PhraseMatcher<string>(ignoreCase: false);
        matcher.Add("Côte d'Ivoire", "CIV");
        var document = Pipelines.Process("Côte d’Ivoire voted.");
        Assert.Equal(["CIV"], matcher.LongestAt(document, 0, document.Tokens.Length)!.Value.Values);
    }
}
