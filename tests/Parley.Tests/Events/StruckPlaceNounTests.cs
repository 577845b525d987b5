namespace Parley.Tests.Events;

/// <summary>
/// A strike whose target is named only as "the country", "the capital" hits the place or country named last before it,
/// in its sentence or the few before, not a person of the attacker's side nor one of its own places (sentences written for these tests).
/// </summary>
public sealed class StruckPlaceNounTests
{
    [Theory]
    [InlineData("Air raid sirens sounded across Lithuania on Monday. Belarusian jets later fired dozens of missiles at the country.", "LTU")]
    [InlineData("The general arrived in Chisinau on Tuesday. Hours later, Russian drones attacked the capital.", "MDA")]
    [InlineData("Troops were sent to bolster Jordan's defences after Syria fired 40 rockets at the country.", "JOR")]
    public void AStrikeOnAPlaceNamedAgain_HitsThePlaceNamedBefore(string text, string struck)
    {
        var events = EventCodingTests.Code(text);
        Assert.Contains(events, e => e.Category.Type == "ASSAULT" && e.Recipients.Exists(r => r.Code == struck));
    }

    [Theory]
    [InlineData("The British foreign secretary arrived in Vilnius on Monday. While he was in the city, Belarusian drones attacked the capital.", "LTU", "GBR")]
    public void APersonNamedBefore_DoesNotStandForThePlace(string text, string struck, string person)
    {
        var events = EventCodingTests.Code(text);
        Assert.Contains(events, e => e.Category.Type == "ASSAULT" && e.Recipients.Exists(r => r.Code == struck));
        Assert.DoesNotContain(events, e => e.Category.Type == "ASSAULT" && e.Recipients.Exists(r => r.Code == person));
    }
}
