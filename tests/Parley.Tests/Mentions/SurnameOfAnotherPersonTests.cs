using Parley.Events;

namespace Parley.Tests.Mentions;

/// <summary>
/// A known person's surname that the text gave another given name is that other person's when it comes alone later,
/// not the known one's (sentences written for these tests).
/// </summary>
public sealed class SurnameOfAnotherPersonTests
{
    [Fact]
    public void Surname_AfterAnotherGivenName_IsNotTheKnownPerson()
    {
        const string text = "The United States imposed sanctions on Francesca Albanese on Wednesday. Albanese condemned the sanctions on Thursday.";
        var condemned = At(text, "condemned");
        Assert.DoesNotContain(condemned.Actors, a => a.Code == "AUS");
    }

    [Fact]
    public void Surname_WithNoOtherGivenName_IsTheKnownPerson()
    {
        const string text = "Albanese condemned the sanctions on Thursday.";
        Assert.Contains(At(text, "condemned").Actors, a => a.Code == "AUS");
    }

    private static PloverEvent At(string text, string cue) =>
        Assert.Single(Parley.Tests.Events.EventCodingTests.Code(text), e => text[e.Trigger.Start..e.Trigger.End].Contains(cue, StringComparison.Ordinal));
}
