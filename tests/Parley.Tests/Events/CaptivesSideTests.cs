namespace Parley.Tests.Events;

/// <summary>
/// Whose people captives are: not those given back for them, nor the people of the place they are taken to, but those of the
/// side their captors fight (sentences written for these tests).
/// </summary>
public sealed class CaptivesSideTests
{
    [Theory]
    [InlineData("Hezbollah will release seven captives in exchange for 300 Lebanese detainees.")]
    [InlineData("The militia is due to hand over nine captives in exchange for 40 Colombian prisoners.")]
    public void PeopleGivenInExchange_AreNotWhomTheReleaseFrees(string sentence)
    {
        Assert.Empty(Assert.Single(EventCodingTests.Code(sentence), e => e.Category.Mode == "release").Recipients);
    }

    [Theory]
    [InlineData("A ceasefire between Ukraine and Russia began on Sunday.\n\nUnder the deal, Russia is due to release 15 hostages next week.", "RUS", "UKR")]
    [InlineData("Thailand accused Cambodia of shelling its villages on Monday.\n\nCambodia freed six hostages on Tuesday.", "KHM", "THA")]
    public void HostagesOneSideFrees_AreThePeopleOfTheSideItFights(string text, string freer, string side)
    {
        var release = Assert.Single(EventCodingTests.Code(text), e => e.Category.Mode == "release" && e.Actors.Exists(a => a.Code == freer));
        Assert.Equal([side], release.Recipients.Select(r => r.Code));
    }

    [Fact]
    public void HostagesFreedAfterTalksWithAMediator_AreNotTheMediatorsPeople()
    {
        var release = Assert.Single(EventCodingTests.Code("Qatar hosted talks with Hamas on Monday.\n\nHamas freed six hostages on Tuesday."), e => e.Category.Mode == "release");
        Assert.Empty(release.Recipients);
    }

    [Fact]
    public void HostagesTakenToAPlace_AreNotItsPeople()
    {
        var abduction = Assert.Single(EventCodingTests.Code("Gunmen stormed the farming town on Sunday and took 12 hostages to Idlib."),
            e => e.Category is { Type: "ASSAULT", Mode: "abduct" });
        Assert.Empty(abduction.Recipients);
    }
}
