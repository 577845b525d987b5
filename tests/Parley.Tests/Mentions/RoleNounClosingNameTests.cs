using Parley.Mentions;
using Parley.Tests.Support;

namespace Parley.Tests.Mentions;

/// <summary>
/// A capitalised one-person role noun after an unknown capitalised word, with no name after it, closes a name of its
/// own ("the car carrier Seaway Leader"), not a role taking a country from context (sentences written for these tests).
/// </summary>
public sealed class RoleNounClosingNameTests
{
    [Theory]
    [InlineData("Pirates boarded the bulk carrier Orion Leader off Somalia on Friday.", "Leader")]
    [InlineData("Iranian commandos seized the car carrier Seaway Leader near the Strait of Hormuz on Monday.", "Leader")]
    public void ARoleNounClosingAnUnknownName_IsNoActor(string text, string word)
    {
        var actors = Pipelines.Mentions(text, MentionKind.Actor, "2025-06-01");
        Assert.DoesNotContain(actors, a => a.Text.Contains(word, StringComparison.Ordinal));
    }

    [Fact]
    public void ATitleBeforeAName_StillNamesThePerson()
    {
        var actors = Pipelines.Mentions("Senate Majority Leader Chuck Schumer criticised the plan on Tuesday.", MentionKind.Actor, "2025-06-01");
        Assert.Contains(actors, a => a.Mention.Actor?.Code == "USA");
    }
}
