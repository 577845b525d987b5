namespace Parley.Tests.Events;

/// <summary>
/// A minister sent to a capital visits it for the one who sends him, where a bare "sent" reads as aid; a country that
/// receives people sent away receives no guest; the crime a court convicts of is the charge, no attack of its own
/// (sentences written for these tests).
/// </summary>
public sealed class SentReceivedAndConvictedCueTests
{
    [Theory]
    [InlineData("President Ruto sent Foreign Minister Musalia Mudavadi to Addis Ababa on Monday.", "KEN", "ETH")]
    [InlineData("Kenya sent its defence minister to Mogadishu for talks.", "KEN", "SOM")]
    public void AMinisterSentToACapital_Visits(string text, string sender, string host)
    {
        var visit = Assert.Single(EventCodingTests.Code(text));
        Assert.Equal(("CONSULT", "visit"), (visit.Category.Type, visit.Category.Mode));
        Assert.Equal(sender, Assert.Single(visit.Actors).Code);
        Assert.Equal(host, Assert.Single(visit.Recipients).Code);
    }

    [Fact]
    public void ALetterSentToAMinister_IsNoVisit() =>
        Assert.DoesNotContain(EventCodingTests.Code("The union sent a letter to the foreign minister to protest the cuts."),
            e => e.Category.Type == "CONSULT");

    [Theory]
    [InlineData("The men had been convicted of crimes including murder and armed robbery, the ministry said.")]
    [InlineData("The two guards were found guilty of manslaughter and rape in March.")]
    public void TheCrimeOfAConviction_IsNoAttack(string text)
    {
        var events = EventCodingTests.Code(text);
        Assert.Contains(events, e => e.Category.Type == "SANCTION");
        Assert.DoesNotContain(events, e => e.Category.Type == "ASSAULT");
    }

    [Theory]
    [InlineData("Rwanda has received seven men deported from Britain under the new scheme.")]
    [InlineData("Guatemala received 120 migrants flown from Texas on Friday.")]
    public void PeopleSentAwayAndReceived_AreNoVisit(string text) =>
        Assert.DoesNotContain(EventCodingTests.Code(text), e => e.Category is { Type: "CONSULT", Mode: "visit" });
}
