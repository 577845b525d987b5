namespace Parley.Tests.Events;

/// <summary>
/// A demonym names the country of a group even with a word between it and the role noun ("a German trade delegation"),
/// as a possessive does ("Bangladesh's interim government"); without it the bare role took the country of the story's
/// place (sentences written for these tests).
/// </summary>
public sealed class DemonymBeforeModifiedRoleTests
{
    [Fact]
    public void DemonymTwoWordsBeforeTheRole_IsTheGroupsCountry()
    {
        var events = EventCodingTests.Code("A German trade delegation arrived in Nairobi on Monday.");
        var visit = Assert.Single(events, e => e.Category.Type == "CONSULT");
        Assert.Equal("DEU", Assert.Single(visit.Actors).Code);
        Assert.Equal("KEN", Assert.Single(visit.Recipients).Code);
    }
}
