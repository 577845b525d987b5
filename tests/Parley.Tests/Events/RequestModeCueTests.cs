using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>
/// The mode of a request told by what it asks for: help asked of a party named between the verb and the help is
/// assistance, and pressing a party to stop asks it to yield (sentences written for these tests).
/// </summary>
public sealed class RequestModeCueTests
{
    [Theory]
    [InlineData("Moldova asked Brussels for emergency funding on Monday.")]
    [InlineData("Warsaw has been asking its allies for more air defence missiles since spring.")]
    [InlineData("The Estonian envoy lobbied for weeks for the howitzers and tanks.")]
    public void HelpAskedOfAParty_IsAssistance(string text)
    {
        var request = Assert.Single(EventCodingTests.Code(text), e => e.Category.Type == "REQUEST");
        Assert.Equal("assist", request.Category.Mode);
    }

    [Fact]
    public void PressedToStop_IsToYield()
    {
        var request = Assert.Single(EventCodingTests.Code("The French president pressed the junta to release the detained ministers."),
            e => e.Category.Type == "REQUEST");
        Assert.Equal("yield", request.Category.Mode);
    }
}
