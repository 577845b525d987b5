using Parley.Events;

namespace Parley.Tests.Mentions;

/// <summary>
/// A person the lexicon knows by full name only (a surname several people share is no entry of its own) is that person
/// when the text, having named them in full, later gives the surname alone (sentences written for these tests).
/// </summary>
public sealed class KnownPersonSurnameTests
{
    [Fact]
    public void Surname_AfterTheFullNameOfAKnownPerson_IsThatPerson()
    {
        const string text = "President Xiomara Castro spoke in Tegucigalpa on Monday. Castro condemned the remarks of the ambassador.";
        var speaker = Assert.Single(At(text, "condemned").Actors);
        Assert.Equal(("HND", "Xiomara Castro"), (speaker.Code, speaker.Name));
    }

    [Fact]
    public void Surname_WithNoFullNameBefore_IsNoOne()
    {
        const string text = "Castro condemned the remarks of the ambassador on Tuesday.";
        Assert.DoesNotContain(At(text, "condemned").Actors, a => a.Code == "HND");
    }

    private static PloverEvent At(string text, string cue) =>
        Assert.Single(Parley.Tests.Events.EventCodingTests.Code(text, "2024-08-30"), e => text[e.Trigger.Start..e.Trigger.End].Contains(cue, StringComparison.Ordinal));
}
