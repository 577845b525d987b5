namespace Parley.Tests.Events;

/// <summary>
/// A meeting noun in a phrase after a verb's object ("assured Tusk in a phone call") is the verb's subject meeting that
/// object (sentences written for these tests).
/// </summary>
public sealed class CallAfterObjectTests
{
    [Theory]
    [InlineData("Chancellor Olaf Scholz assured Polish Prime Minister Donald Tusk in a phone call on Monday that Germany would send more air defences.", "DEU", "POL")]
    [InlineData("Turkish President Recep Tayyip Erdogan congratulated Iranian President Masoud Pezeshkian in a telephone call on Sunday.", "TUR", "IRN")]
    [InlineData("Japan's prime minister apologised to South Korean President Lee Jae-myung in a phone call on Friday.", "JPN", "KOR")]
    // The owner's possessive is part of the object: "Armenia's" only says whose the leader is.
    [InlineData("The Georgian president thanked Armenia's Nikol Pashinyan in a phone call on Tuesday for his help.", "GEO", "ARM")]
    public void ACallAfterTheObject_IsTheSubjectsCallToIt(string text, string actor, string recipient)
    {
        var e = Assert.Single(EventCodingTests.Code(text), e => e.Category.Type == "CONSULT");
        Assert.Equal(actor, Assert.Single(e.Actors).Code);
        Assert.Equal(recipient, Assert.Single(e.Recipients).Code);
    }
}
