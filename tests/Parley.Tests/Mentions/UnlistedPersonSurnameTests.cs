using Parley.Events;

namespace Parley.Tests.Mentions;

/// <summary>
/// A person the lexicon does not know, named in full after a title, is that person when the text later gives the
/// surname alone or the full name again (sentences written for these tests).
/// </summary>
public sealed class UnlistedPersonSurnameTests
{
    [Fact]
    public void Surname_AfterATitledUnknownName_IsThatPerson()
    {
        const string text = "Police in Peru detained opposition leader Rafael Quispe on Monday. Prosecutors charged Quispe with fraud on Tuesday.";
        var charge = At(text, "charged");
        var accused = Assert.Single(charge.Recipients);
        Assert.Equal(("PER", "OPP"), (accused.Code, accused.Sector));
    }

    [Fact]
    public void LaterWordsOfAName_AreThatPerson_NotAnotherName()
    {
        const string text = "Opposition candidate Ana Lucia Quispe Mamani lost the vote in Peru. The army detained Quispe Mamani on Friday, and police arrested Maria Quispe.";
        var detained = Assert.Single(At(text, "detained").Recipients);
        Assert.Equal(("PER", "OPP"), (detained.Code, detained.Sector));
        Assert.DoesNotContain(At(text, "arrested").Recipients, r => r.Sector == "OPP");
    }

    private static PloverEvent At(string text, string cue) =>
        Assert.Single(Parley.Tests.Events.EventCodingTests.Code(text), e => text[e.Trigger.Start..e.Trigger.End].Contains(cue, StringComparison.Ordinal));
}
