namespace Parley.Tests.Events;

/// <summary>"so-called" distances the writer from a name, not from the event told (sentences written for these tests).</summary>
public sealed class ScareQuoteTests
{
    [Fact]
    public void ASoCalledName_DoesNotHedgeTheEvent()
    {
        var e = Assert.Single(EventCodingTests.Code("Norway imposed sanctions on the so-called shadow fleet on Tuesday."), e => e.Category.Type == "SANCTION");
        Assert.False(e.Hedged);
    }
}
