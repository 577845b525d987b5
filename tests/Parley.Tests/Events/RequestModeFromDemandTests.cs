namespace Parley.Tests.Events;

/// <summary>
/// A request whose own words name no mode ("urged", "called on", "asked", "pressed … to") takes it from the first act it asks
/// for, as the PLOVER manual sorts requests (sentences written for these tests): a release or withdrawal is to yield, aid or
/// an extradition is assistance, talks are a meeting, and anything else stays a change of policy.
/// </summary>
public sealed class RequestModeFromDemandTests
{
    [Theory]
    [InlineData("Poland called on Belarus to release the opposition leader.", "yield")]
    [InlineData("Pakistan asked Afghanistan to extradite the two suspects.", "assist")]
    [InlineData("The European Union urged Armenia and Azerbaijan to hold talks in Brussels.", "meet")]
    [InlineData("The minister called on Tehran to stop enriching uranium.", "change")]
    public void Request_TakesTheModeOfWhatItAsksFor(string text, string mode) =>
        Assert.Contains(EventCodingTests.Code(text), e => e.Category.Type == "REQUEST" && e.Category.Mode == mode);
}
