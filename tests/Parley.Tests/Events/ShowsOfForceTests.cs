namespace Parley.Tests.Events;

/// <summary>Weapons programmes, drills and failed launches: shows of force, not attacks (sentences written for these tests).</summary>
public sealed class ShowsOfForceTests
{
    [Theory]
    [InlineData("Iran's satellite launch ends in failure.")]
    [InlineData("Pyongyang put a second reconnaissance satellite into orbit last week.")]
    public void ASatelliteLaunch_ShowsAWeaponsProgramme(string text) =>
        Assert.Contains(EventCodingTests.Code(text), e => e.Category is { Type: "MOBILIZE", Mode: "weapons" });

    [Fact]
    public void DrillsWithWeapons_AreOneSidesDrillsNotAPartnership()
    {
        var events = EventCodingTests.Code("Belarus began drills with tactical nuclear weapons near its western border.");
        Assert.Contains(events, e => e.Category.Type == "MOBILIZE");
        Assert.DoesNotContain(events, e => e.Category.Type is "COOPERATE" or "AGREE");
    }

    [Theory]
    [InlineData("The army will stage exercises to practise the use of chemical weapons in urban areas.")]
    [InlineData("A Chinese rocket carrying three weather satellites exploded shortly after lift-off.")]
    [InlineData("State television said the booster's second-stage engine blew up.")]
    public void WhatADrillPractisesOrARocketFailing_IsNoAttack(string text) =>
        Assert.DoesNotContain(EventCodingTests.Code(text), e => e.Category.Type == "ASSAULT");

    [Fact]
    public void ABombExploding_StaysAnAttack() =>
        Assert.Contains(EventCodingTests.Code("A car bomb exploded outside the police station in Mogadishu on Friday."),
            e => e.Category.Type == "ASSAULT");

    [Fact]
    public void OrderingAnInvasion_IsTheAttack()
    {
        var events = EventCodingTests.Code("The general ordered the invasion of the neighbouring state in 2019.");
        Assert.Contains(events, e => e.Category.Type == "ASSAULT");
        Assert.DoesNotContain(events, e => e.Category.Type == "REQUEST");
    }

    [Fact]
    public void AnyAttackAWarningAnswers_IsNoAttack() =>
        Assert.DoesNotContain(EventCodingTests.Code("Tehran warned it would hit back at once in response to any such attack."),
            e => e.Category.Type == "ASSAULT");

    [Fact]
    public void CallingAnArrestAnAbduction_AllegesAWrong()
    {
        var events = EventCodingTests.Code("Belgrade detained two Bosnian customs officers, a detention the Bosnian foreign minister called an abduction.");
        Assert.Contains(events, e => e.Category is { Type: "ACCUSE", Mode: "allege" });
        Assert.DoesNotContain(events, e => e.Category.Type == "ASSAULT");
    }
}
