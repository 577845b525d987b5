namespace Parley.Tests.Events;

/// <summary>
/// A state's threat to punish wrongdoers it names by no name or country is made to its own people; a named party keeps its
/// own code (sentences written for these tests).
/// </summary>
public sealed class PunishedWrongdoersTests
{
    [Fact]
    public void AThreatToPunishUnnamedWrongdoers_IsMadeToTheActorsOwnPeople()
    {
        var e = EventCodingTests.Code("Kenya's interior minister Kipchumba Murkomen warned on Monday that the organisers of the riots would be punished.", "2025-06-01")
            .First(e => e.Category.Type == "THREATEN");
        Assert.Equal("KEN", Assert.Single(e.Recipients).Code);
    }

    [Fact]
    public void AThreatToPunishANamedParty_KeepsThatParty()
    {
        var e = EventCodingTests.Code("Kenya's interior minister Kipchumba Murkomen warned on Monday that Somali militants would be punished.", "2025-06-01")
            .First(e => e.Category.Type == "THREATEN");
        Assert.DoesNotContain(e.Recipients, r => r.Code == "KEN");
    }

    [Theory]
    [InlineData("Kenya's interior minister Kipchumba Murkomen warned that elections would be held in March.")]
    [InlineData("Kenya's interior minister warned that the vote would be held under emergency rule.")]
    public void ElectionsThatWouldBeHeld_AreNoWrongdoers(string sentence)
    {
        var events = EventCodingTests.Code(sentence, "2025-06-01");
        Assert.DoesNotContain(events, e => e.Category.Type == "THREATEN" && e.Recipients.Exists(r => r.Code == "KEN"));
    }
}
