namespace Parley.Tests.Events;

/// <summary>Captives are not the people of the place they are taken to, nor those given back for them (sentences written for these tests).</summary>
public sealed class CaptivesSideTests
{
    [Fact]
    public void HostagesTakenToAPlace_AreNotItsPeople()
    {
        var abduction = Assert.Single(EventCodingTests.Code("Gunmen stormed the farming town on Sunday and took 12 hostages to Idlib."),
            e => e.Category is { Type: "ASSAULT", Mode: "abduct" });
        Assert.Empty(abduction.Recipients);
    }

    [Theory]
    [InlineData("Hezbollah will release seven captives in exchange for 300 Lebanese detainees.")]
    [InlineData("The militia is due to hand over nine captives in exchange for 40 Colombian prisoners.")]
    public void PeopleGivenInExchange_AreNotWhomTheReleaseFrees(string sentence)
    {
        var release = Assert.Single(EventCodingTests.Code(sentence), e => e.Category.Mode == "release");
        Assert.Empty(release.Recipients);
    }
}
