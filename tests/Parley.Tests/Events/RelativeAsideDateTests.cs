namespace Parley.Tests.Events;

/// <summary>A date inside a relative clause set off by commas dates the act of that aside, not the act after it (sentences written for these tests).</summary>
public sealed class RelativeAsideDateTests
{
    [Fact]
    public void AYearInAnAsideAboutTheSubject_DoesNotDateTheMainAct()
    {
        var events = EventCodingTests.Code("Niger, which expelled French troops in 2023, signed a defence pact with Russia.", "2025-04-10");
        Assert.Null(Assert.Single(events, e => e.Category.Type is "SUPPORT" or "AGREE" or "COOPERATE").Date);
    }

    [Fact]
    public void ADateBeforeTheCueOutsideAnAside_StillDatesIt()
    {
        var events = EventCodingTests.Code("In 2023, Niger, a former French colony, expelled French troops.", "2025-04-10");
        Assert.Equal("2023", Assert.Single(events, e => e.Category.Type == "SANCTION").Date?.Time?.Value);
    }
}
