using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>Event types told in common wire-copy phrasing (sentences written for these tests).</summary>
public sealed class NewsPhrasingTypeTests
{
    [Theory]
    [InlineData("Indonesian and Australian troops began their annual Keris Woomera exercises on Monday.")]
    [InlineData("Chinese and Russian warships kicked off their joint naval drills in the Sea of Japan.")]
    public void ExercisesToldAsTheirs_AreJoint(string text)
    {
        var events = EventCodingTests.Code(text);
        Assert.Contains(events, e => e.Category.Type == "COOPERATE");
        Assert.DoesNotContain(events, e => e.Category.Type == "MOBILIZE");
    }

    [Fact]
    public void OneSidesOwnDrills_StayAMobilisation() =>
        Assert.Contains(EventCodingTests.Code("The Chinese navy began its annual live-fire drills off Fujian on Monday."), e => e.Category.Type == "MOBILIZE");

    [Theory]
    [InlineData("The militia said it would keep attacking ships bound for Israeli ports.")]
    [InlineData("Moscow vowed to continue its strikes on Ukrainian energy facilities.")]
    public void SayingAttacksWillGoOn_IsAThreat(string text)
    {
        var events = EventCodingTests.Code(text);
        Assert.Contains(events, e => e.Category is { Type: "THREATEN", Mode: "violence" });
        Assert.DoesNotContain(events, e => e.Category.Type is "AGREE" or "ASSAULT");
    }

    [Fact]
    public void ALeaderFleeingIntoExile_Resigns() =>
        Assert.Contains(EventCodingTests.Code("The toppled president fled into exile in Russia on Sunday."), e => e.Category is { Type: "RETREAT", Mode: "resign" });

    [Theory]
    [InlineData("Congress passed a spending bill that includes $8 billion for Taiwan.", "TWN")]
    [InlineData("Berlin unveiled a package of air defence aid for Ukraine on Friday.", null)]
    [InlineData("France finalised the sale of 26 Rafale jets to India.", null)]
    public void MoneyAndArmsForACountry_AreAid(string text, string? recipient)
    {
        var aid = Assert.Single(EventCodingTests.Code(text), e => e.Category.Type == "AID");
        if (recipient is not null)
            Assert.Contains(aid.Recipients, r => r.Code == recipient);
    }

    [Fact]
    public void FighterJetsSentToACountry_AreNoVisit() =>
        Assert.DoesNotContain(EventCodingTests.Code("Washington approved the sale of 40 F-16 fighter jets to Turkey."), e => e.Category.Type == "CONSULT");

    [Fact]
    public void AnnouncedTariffs_AreASanction() =>
        Assert.Contains(EventCodingTests.Code("Ottawa announced retaliatory tariffs on American steel."), e => e.Category is { Type: "SANCTION", Mode: "discontinue" });

    [Fact]
    public void RegainingControlOfAPlace_IsASeizure() =>
        Assert.Contains(EventCodingTests.Code("Government forces regained control of the port city on Tuesday."), e => e.Category is { Type: "COERCE", Mode: "seize" });
    [Fact]
    public void ReceivingABatchOfJets_IsAidNotAVisit()
    {
        var events = EventCodingTests.Code("Romania received the first batch of F-35 jets from the United States.");
        Assert.Contains(events, e => e.Category.Type == "AID");
        Assert.DoesNotContain(events, e => e.Category.Type == "CONSULT");
    }

    [Theory]
    [InlineData("EU Agrees New Sanctions Package Against Belarus")]
    [InlineData("G7 finance ministers agreed fresh sanctions on Russian banks.")]
    public void AgreeingNewSanctions_ImposesThem(string text)
    {
        var events = EventCodingTests.Code(text);
        Assert.Contains(events, e => e.Category is { Type: "SANCTION", Mode: "discontinue" });
        Assert.DoesNotContain(events, e => e.Category.Type == "AGREE");
    }

    [Fact]
    public void SpeakingAtLengthByTelephone_IsAPhoneCall() =>
        Assert.Contains(EventCodingTests.Code("Macron and Erdogan spoke for nearly an hour by telephone on Sunday."), e => e.Category is { Type: "CONSULT", Mode: "phone" });

    [Fact]
    public void RollingOutTheRedCarpet_HostsTheGuest()
    {
        var e = Assert.Single(EventCodingTests.Code("Vietnam rolled out the red carpet for the Chinese president on Monday."), e => e.Category.Type == "CONSULT");
        Assert.Equal("visit", e.Category.Mode);
        Assert.Contains(e.Actors, a => a.Code == "CHN");
        Assert.Contains(e.Recipients, r => r.Code == "VNM");
    }
    [Fact]
    public void WelcomingADelivery_IsSupportNotHosting()
    {
        var events = EventCodingTests.Code("Chisinau welcomed the delivery of air defence radars from France.");
        Assert.Contains(events, e => e.Category.Type == "SUPPORT");
        Assert.DoesNotContain(events, e => e.Category.Type == "CONSULT");
    }
}
