using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>Help a party says it will not give, told as "will/would not send": a refusal (REJECT assist) of the party it
/// would have gone to, not a negated delivery; help that simply was not sent stays a negated AID (sentences written for
/// these tests).</summary>
public sealed class RefusedHelpTests
{
    [Theory]
    [InlineData("The prime minister told reporters that Slovakia would not send weapons to Ukraine.", "UKR")]
    [InlineData("Vienna said on Monday it will not supply arms to Israel while the offensive goes on.", "ISR")]
    public void WillNotSend_IsARefusalOfTheDestination(string sentence, string refused)
    {
        var events = EventCodingTests.Code(sentence);
        var reject = Assert.Single(events, e => e.Category is { Type: "REJECT", Mode: "assist" });
        Assert.Equal(refused, Assert.Single(reject.Recipients).Code);
        Assert.DoesNotContain(events, e => e.Category.Type == "AID");
    }

    [Fact]
    public void HelpNotSent_StaysANegatedAid()
    {
        var events = EventCodingTests.Code("Germany did not send weapons to Ukraine last year.");
        Assert.DoesNotContain(events, e => e.Category.Type == "REJECT");
    }
}
