namespace Parley.Tests.Events;

/// <summary>
/// A capital named in a phrase that opens the sentence ("From Beijing, the Brazilian president …") is where the subject
/// stands, not a second subject listed with it: only a comma joins them, and a list has its "and" (sentences written for these tests).
/// </summary>
public sealed class OpeningPlacePhraseSubjectTests
{
    [Fact]
    public void CapitalInAnOpeningFromPhrase_IsNoActor()
    {
        var events = EventCodingTests.Code("From Beijing, the Brazilian president travelled to Tokyo on Thursday.");
        var visit = Assert.Single(events, e => e.Category.Type == "CONSULT");
        Assert.Equal("BRA", Assert.Single(visit.Actors).Code);
    }

    [Fact]
    public void ListWithItsAnd_KeepsEveryMember()
    {
        var events = EventCodingTests.Code("From Monday, Kenya, Uganda and Tanzania will hold talks in Arusha on a customs union.");
        var talks = Assert.Single(events, e => e.Category.Type is "CONSULT" or "AGREE");
        Assert.Equal(["KEN", "TZA", "UGA"], talks.Actors.Concat(talks.Recipients).Select(p => p.Code).Distinct().Order());
    }
}
