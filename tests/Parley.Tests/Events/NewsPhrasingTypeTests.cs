namespace Parley.Tests.Events;

/// <summary>Event types told in common wire-copy phrasing (sentences written for these tests).</summary>
public sealed class NewsPhrasingTypeTests
{
    /// <summary>The sentence tells an event of <paramref name="type"/> (and <paramref name="mode"/> when given) and none of <paramref name="notTypes"/>.</summary>
    private static void AssertCoded(string text, string type, string? mode, params string[] notTypes)
    {
        var events = EventCodingTests.Code(text);
        Assert.Contains(events, e => e.Category.Type == type && (mode is null || e.Category.Mode == mode));
        Assert.DoesNotContain(events, e => notTypes.Contains(e.Category.Type));
    }

    [Theory]
    [InlineData("Indonesian and Australian troops began their annual Keris Woomera exercises on Monday.")]
    [InlineData("Chinese and Russian warships kicked off their joint naval drills in the Sea of Japan.")]
    public void ExercisesToldAsTheirs_AreJoint(string text) => AssertCoded(text, "COOPERATE", null, "MOBILIZE");

    [Fact]
    public void OneSidesOwnDrills_StayAMobilisation() =>
        AssertCoded("The Chinese navy began its annual live-fire drills off Fujian on Monday.", "MOBILIZE", "troops", "COOPERATE");

    [Theory]
    [InlineData("The militia said it would keep attacking ships bound for Israeli ports.")]
    [InlineData("Moscow vowed to continue its strikes on Ukrainian energy facilities.")]
    public void SayingAttacksWillGoOn_IsAThreat(string text) => AssertCoded(text, "THREATEN", "violence", "AGREE", "ASSAULT");

    [Fact]
    public void ALeaderFleeingIntoExile_Resigns() =>
        AssertCoded("The toppled president fled into exile in Russia on Sunday.", "RETREAT", "resign");

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
    public void RegainingControlOfAPlace_IsASeizure() =>
        AssertCoded("Government forces regained control of the port city on Tuesday.", "COERCE", "seize");

    [Fact]
    public void ReceivingABatchOfJets_IsAidNotAVisit() =>
        AssertCoded("Romania received the first batch of F-35 jets from the United States.", "AID", null, "CONSULT");

    [Theory]
    [InlineData("EU Agrees New Sanctions Package Against Belarus")]
    [InlineData("G7 finance ministers agreed fresh sanctions on Russian banks.")]
    public void AgreeingNewSanctions_ImposesThem(string text) => AssertCoded(text, "SANCTION", "discontinue", "AGREE");

    [Fact]
    public void SpeakingAtLengthByTelephone_IsAPhoneCall() =>
        AssertCoded("Macron and Erdogan spoke for nearly an hour by telephone on Sunday.", "CONSULT", "phone");

    [Fact]
    public void RollingOutTheRedCarpet_HostsTheGuest()
    {
        var e = Assert.Single(EventCodingTests.Code("Vietnam rolled out the red carpet for the Chinese president on Monday."), e => e.Category.Type == "CONSULT");
        Assert.Equal("visit", e.Category.Mode);
        Assert.Contains(e.Actors, a => a.Code == "CHN");
        Assert.Contains(e.Recipients, r => r.Code == "VNM");
    }

    [Fact]
    public void WelcomingADelivery_IsSupportNotHosting() =>
        AssertCoded("Chisinau welcomed the delivery of air defence radars from France.", "SUPPORT", null, "CONSULT");
    [Theory]
    [InlineData("The drills were designed to simulate a blockade of the island.")]
    [InlineData("Naval units rehearsed strikes on ports during the exercise.")]
    public void WhatADrillRehearses_IsNoAct(string text) =>
        Assert.DoesNotContain(EventCodingTests.Code(text), e => e.Category.Type is "COERCE" or "ASSAULT");

    // Shows of force: weapons programmes and drills; a drill's rehearsal, a failed launch, a warning's condition and a naming, no attack.
    [Theory]
    [InlineData("Iran's satellite launch ends in failure.")]
    [InlineData("Pyongyang put a second reconnaissance satellite into orbit last week.")]
    public void ASatelliteLaunch_ShowsAWeaponsProgramme(string text) => AssertCoded(text, "MOBILIZE", "weapons");

    [Fact]
    public void DrillsWithWeapons_AreOneSidesDrillsNotAPartnership() =>
        AssertCoded("Belarus began drills with tactical nuclear weapons near its western border.", "MOBILIZE", null, "COOPERATE", "AGREE");

    [Theory]
    [InlineData("The army will stage exercises to practise the use of chemical weapons in urban areas.")]
    [InlineData("A Chinese rocket carrying three weather satellites exploded shortly after lift-off.")]
    [InlineData("State television said the booster's second-stage engine blew up.")]
    [InlineData("Tehran warned it would hit back at once in response to any such attack.")]
    public void ADrillARocketFailureOrAWarningsCondition_IsNoAttack(string text) =>
        Assert.DoesNotContain(EventCodingTests.Code(text), e => e.Category.Type == "ASSAULT");

    [Fact]
    public void ABombExploding_StaysAnAttack() =>
        AssertCoded("A car bomb exploded outside the police station in Mogadishu on Friday.", "ASSAULT", null);

    [Fact]
    public void OrderingAnInvasion_IsTheAttack() =>
        AssertCoded("The general ordered the invasion of the neighbouring state in 2019.", "ASSAULT", null, "REQUEST");

    [Fact]
    public void CallingAnArrestAnAbduction_AllegesAWrong() =>
        AssertCoded("Belgrade detained two Bosnian customs officers, a detention the Bosnian foreign minister called an abduction.",
            "ACCUSE", "allege", "ASSAULT");
}
