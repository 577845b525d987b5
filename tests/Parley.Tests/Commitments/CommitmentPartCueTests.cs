using Parley.Commitments;
using Parley.Lexicons;
using Parley.Tests.Support;

namespace Parley.Tests.Commitments;

/// <summary>The part cues of <c>events/commitment-cues.tsv</c>: which amount of a sentence is told as part of a larger one, and which as the whole.</summary>
public sealed class CommitmentPartCueTests
{
    private static readonly CommitmentCues Cues = CommitmentCues.Shipped;

    private static int At(string sentence, string amount) => sentence.IndexOf(amount, StringComparison.Ordinal);

    [Theory]
    [InlineData("The bill includes about $12 billion for Kenya.", "$12 billion")]
    [InlineData("A $40 billion fund, of which $9 billion is for Chile.", "$9 billion")]
    [InlineData("The package, including some €3 billion for Peru, passed.", "€3 billion")]
    public void AnAmountAfterAPartFollowsCue_IsAPart(string sentence, string amount) => Assert.True(Cues.IsPartAt(sentence, At(sentence, amount)));

    [Theory]
    [InlineData("The fund of $40 billion was approved.", "$40 billion")]
    [InlineData("It sent $2 billion, including three air defence systems.", "$2 billion")]
    [InlineData("The bill includes new rules on procurement and roughly three more $5 billion programmes.", "$5 billion")]
    public void AnAmountWithoutAPartCueRightBeforeIt_IsNoPart(string sentence, string amount) => Assert.False(Cues.IsPartAt(sentence, At(sentence, amount)));

    [Theory]
    [InlineData("Kenya gets $12 billion of the $40 billion fund.", "$40 billion", true)]
    [InlineData("Out of the roughly $40 billion fund, $12 billion goes to Kenya.", "$40 billion", true)]
    [InlineData("Kenya gets $12 billion of the $40 billion fund.", "$12 billion", false)]
    public void AnAmountAfterAWholeFollowsCue_IsAWhole(string sentence, string amount, bool whole) => Assert.Equal(whole, Cues.IsWholeAt(sentence, At(sentence, amount)));

    [Fact]
    public void APartCueOfNoKnownPlace_IsAnError()
    {
        using var user = new TempDirectory();
        user.Write(CommitmentCues.Path, "# parley-lexicon: events/commitment-cues\n# version: 2\nsplits into\tpart\tsomewhere\n");
        var error = Assert.Throws<LexiconFormatException>(() => CommitmentCues.Load(new LexiconFiles(user.Path)));
        Assert.Contains("part-follows, whole-follows", error.Message, StringComparison.Ordinal);
    }
}
