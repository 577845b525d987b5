namespace Parley.Tests.Events;

/// <summary>Events told in words beyond the plain verb (charges, blame borne, giving way, readiness), and words that only look like cues (sentences written for these tests).</summary>
public sealed class WordedCueTests
{
    [Theory]
    [InlineData("Belgrade charged that Pristina had armed the protesters.", "ACCUSE")]
    [InlineData("Baku said Yerevan bore full responsibility for the shelling.", "ACCUSE")]
    [InlineData("Oslo described the seizure of the trawler as piracy.", "ACCUSE")]
    [InlineData("Lithuania complained that Belarus had pushed migrants across the border.", "ACCUSE")]
    [InlineData("Chisinau said the overflight was a clear violation of its airspace.", "ACCUSE")]
    [InlineData("The Slovak government dropped its NGO bill on Wednesday.", "CONCEDE")]
    [InlineData("The Serbian government backed down after a week of strikes by teachers.", "CONCEDE")]
    [InlineData("The junta scrapped the nightly curfew in Bamako on Monday.", "CONCEDE")]
    [InlineData("Estonia and Finland reached an arrangement on shared air patrols.", "AGREE")]
    [InlineData("Canada said it was prepared to lead a new brigade in Latvia.", "AGREE")]
    public void TheWordsTellTheirEvent(string text, string type) =>
        Assert.Contains(EventCodingTests.Code(text), e => e.Category.Type == type);

    [Fact]
    public void ShellsSupplied_AreNoShelling()
    {
        Assert.DoesNotContain(EventCodingTests.Code("Seoul said it would stop supplying artillery shells to Warsaw."), e => e.Category.Type == "ASSAULT");
        Assert.Contains(EventCodingTests.Code("Artillery shells hit a hospital in Kherson on Sunday."), e => e.Category.Type == "ASSAULT");
    }
}
