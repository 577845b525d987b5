using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>
/// Pledges and offers a headline tells in the present: a pledge not to act, what is pledged to whom, money offered
/// (sentences written for these tests).
/// </summary>
public sealed class HeadlinePledgeTests
{
    [Fact]
    public void APledgeNotToAct_IsAnAgreementMadeAsTold()
    {
        var events = EventCodingTests.Code("Kenya and Tanzania pledge not to close their border over the dispute");
        Assert.Contains(events, e => e.PloverCategory.Type == "AGREE" && e.Modality == EventModality.Asserted);
    }

    [Fact]
    public void ArmsPledgedToAParty_AreAnAgreement()
    {
        var events = EventCodingTests.Code("Norway and Sweden pledge tanks to Ukraine as minister tours front");
        var e = Assert.Single(events, e => e.PloverCategory.Type == "AGREE");
        Assert.Contains(e.Recipients, r => r.Code == "UKR");
    }

    [Fact]
    public void APledgeInAHeadline_LeavesTheVisitBesideIt()
    {
        var events = EventCodingTests.Code("Norway and Sweden pledge tanks to Ukraine as Zelensky tours tank plant");
        Assert.Contains(events, e => e.Category.Type == "CONSULT" && e.Actors.Exists(a => a.Code == "UKR"));
    }

    [Fact]
    public void MoneyOffered_IsAnAgreement()
    {
        var events = EventCodingTests.Code("Japan offers Kenya 2 billion yen as ministers meet");
        Assert.Contains(events, e => e.PloverCategory.Type == "AGREE" && e.Actors.Exists(a => a.Code == "JPN"));
    }

    [Fact]
    public void MoneyOfferedForACapture_StaysABounty()
    {
        var events = EventCodingTests.Code("The United States offered up to $5 million for information leading to the warlord's capture.");
        Assert.DoesNotContain(events, e => e.PloverCategory.Type == "AGREE");
    }
}
