namespace Parley.Tests.Events;

/// <summary>A verb joined by "and" to the infinitive a request or promise is about (sentences written for these tests).</summary>
public sealed class CoordinatedInfinitiveTests
{
    [Fact]
    public void AVerbJoinedToARequestedInfinitive_IsPartOfTheRequest()
    {
        var events = EventCodingTests.Code("The African Union urged both factions to lay down their arms and return to the talks in Addis Ababa.");
        Assert.Contains(events, e => e.Category.Type == "REQUEST");
        Assert.DoesNotContain(events, e => e.PloverCategory.Type == "AGREE");
    }

    [Fact]
    public void AFiniteVerbAfterAnd_IsAnActOfItsOwn() =>
        Assert.Contains(EventCodingTests.Code("Ankara raised its levies on Swedish goods to 40 percent and recalled its ambassador from Stockholm."),
            e => e.Category.Type == "SANCTION" && e.Category.Mode == "withdraw");
}
