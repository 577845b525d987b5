namespace Parley.Tests.Mentions;

using Parley.Tests.Events;

/// <summary>
/// An NGO with no code of its own in the mentions README takes the country it is based in, and a UN office not listed
/// takes UN, and the European Court of Human Rights the Council of Europe's COE (sentences written for these tests).
/// </summary>
public sealed class NgoHomeCountryTests
{
    [Theory]
    [InlineData("Human Rights Watch urged Kenya to free the detained activists.", "USA")]
    [InlineData("Oxfam urged Sudan to open more aid routes.", "GBR")]
    [InlineData("The Committee to Protect Journalists urged Turkey to release the reporters.", "USA")]
    [InlineData("The UN human rights office urged Peru to release the protesters.", "UN")]
    [InlineData("UNIFIL urged Israel to halt fire near its posts.", "UN")]
    [InlineData("The European Court of Human Rights urged Turkey to free the journalist.", "COE")]
    public void AnUnlistedBody_TakesItsHomeCode(string text, string code)
    {
        var appeal = EventCodingTests.Code(text).First(e => e.Category.Type == "REQUEST");
        var actor = Assert.Single(appeal.Actors);
        Assert.Equal(code, actor.Code);
    }

    [Fact]
    public void AListedBody_KeepsItsOwnCode()
    {
        var appeal = EventCodingTests.Code("Doctors Without Borders urged Myanmar to let its teams into Rakhine.").First(e => e.Category.Type == "REQUEST");
        Assert.Equal("MSF", Assert.Single(appeal.Actors).Code);
    }
}
