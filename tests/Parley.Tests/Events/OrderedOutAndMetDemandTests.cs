using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>Orders to leave that expel, raids that detain, and demands "met" that are no meeting (sentences written for these tests).</summary>
public sealed class OrderedOutAndMetDemandTests
{
    [Theory]
    [InlineData("Danish troops left Mali in August, after the junta ordered them out.")]
    [InlineData("Rome ordered nine Libyan consular and embassy staff to leave the country on Monday.")]
    public void AnOrderToLeave_Expels(string text) =>
        Assert.Contains(EventCodingTests.Code(text), e => e.Category is { Type: "SANCTION", Mode: "expel" });

    [Fact]
    public void AnImmigrationRaid_IsNoArmedAttack() =>
        Assert.DoesNotContain(EventCodingTests.Code("Thousands marched in Chicago on Sunday against immigration raids."), e => e.Category.Type == "ASSAULT");

    [Theory]
    [InlineData("Moscow left the grain deal on Monday, saying its demands on fertiliser exports had not been met.")]
    [InlineData("Hungary said it would lift its veto if its conditions were met.")]
    public void ADemandThatWasMet_IsNoMeeting(string text) =>
        Assert.DoesNotContain(EventCodingTests.Code(text), e => e.Category.Type == "CONSULT");

    [Fact]
    public void TellingAPartyToStop_IsARequest()
    {
        var events = EventCodingTests.Code("Beijing's foreign ministry told London and Ottawa to stop meddling in the city's affairs.");
        Assert.Contains(events, e => e.Category.Type == "REQUEST");
        Assert.DoesNotContain(events, e => e.Category.Type == "COERCE");
    }
}
