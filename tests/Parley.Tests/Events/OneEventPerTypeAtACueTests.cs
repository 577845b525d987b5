namespace Parley.Tests.Events;

/// <summary>Two lexicon lines of one type matching the same words tell one event, not one per mode (sentences written for these tests).</summary>
public sealed class OneEventPerTypeAtACueTests
{
    [Theory]
    [InlineData("Minsk warned of retaliation if Vilnius closed the border crossings.", "THREATEN")]
    [InlineData("The governor asked for federal money to rebuild the depot after the bombing.", "ASSAULT")]
    public void OneCueOfOneType_IsOneEvent(string text, string type) =>
        Assert.Single(EventCodingTests.Code(text), e => e.Category.Type == type);
}
