using Parley.Events;

namespace Parley.Tests.Mentions;

/// <summary>
/// A surname alone that the lexicon knows as a famous office-holder's is first the person the story itself named in full
/// with it; only without such a person is it the lexicon's (sentences written for these tests).
/// </summary>
public sealed class StoryNamesakeSurnameTests
{
    [Fact]
    public void Surname_AfterTheStoryNamedSomeoneElseWithIt_IsThatPerson()
    {
        const string text = "Fiji's Foreign Minister Josaia Macron arrived in Suva on Monday. Macron condemned the fishing ban on Tuesday.";
        var speaker = Assert.Single(At(text, "condemned").Actors);
        Assert.Equal(("FJI", "Josaia Macron"), (speaker.Code, speaker.Name));
    }

    [Fact]
    public void Surname_WithNoNamesakeInTheStory_IsTheKnownPerson()
    {
        const string text = "Fiji's Foreign Minister Josaia Tikoduadua arrived in Suva on Monday. Macron condemned the fishing ban on Tuesday.";
        Assert.Equal("FRA", Assert.Single(At(text, "condemned").Actors).Code);
    }

    [Fact]
    public void FullName_OfTheKnownPerson_StaysThem_AfterAStoryNamesake()
    {
        const string text = "Fiji's Foreign Minister Josaia Macron arrived in Suva on Monday. Emmanuel Macron condemned the fishing ban on Tuesday.";
        Assert.Equal("FRA", Assert.Single(At(text, "condemned").Actors).Code);
    }

    private static PloverEvent At(string text, string cue) =>
        Assert.Single(Parley.Tests.Events.EventCodingTests.Code(text, "2024-08-30"), e => text[e.Trigger.Start..e.Trigger.End].Contains(cue, StringComparison.Ordinal));
}
