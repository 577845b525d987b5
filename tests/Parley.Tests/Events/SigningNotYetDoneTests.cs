namespace Parley.Tests.Events;

/// <summary>A signing not yet done with another side is still a joint act of both (sentences written for these tests).</summary>
public sealed class SigningNotYetDoneTests
{
    [Fact]
    public void YetToSignWithAnother_HasBothAsActors()
    {
        var e = Assert.Single(EventCodingTests.Code("Chad has yet to sign a new security pact with France."), e => e.Category.Type == "SUPPORT");
        Assert.Equal(["FRA", "TCD"], e.Actors.Select(a => a.Code).Order());
        Assert.Empty(e.Recipients);
    }
}
