namespace Parley.Tests.Events;

/// <summary>Prisoners a state's government frees, whom no name places, are its own people (sentences written for these tests).</summary>
public sealed class FreedPrisonersTests
{
    [Theory]
    [InlineData("Azerbaijan freed 31 prisoners on Friday.", "AZE")]
    [InlineData("Nicaragua has released more than 200 political prisoners since February.", "NIC")]
    public void StateFreesPrisoners_TheyAreItsOwn(string sentence, string country)
    {
        var release = Assert.Single(EventCodingTests.Code(sentence), e => e.Category.Type == "RETREAT");
        Assert.Equal([country], release.Recipients.Select(r => r.Code));
    }

    [Theory]
    [InlineData("The Houthis freed 40 detainees on Sunday.")]
    [InlineData("Hamas freed 13 hostages on Friday.")]
    public void ArmedGroupsDetaineesOrHostages_AreNotPlaced(string sentence)
    {
        var release = Assert.Single(EventCodingTests.Code(sentence), e => e.Category.Type == "RETREAT");
        Assert.Empty(release.Recipients);
    }
}
