using Parley.Mentions;
using Parley.Tests.Support;

namespace Parley.Tests.Mentions;

/// <summary>"the West" as Western governments acting together, and "West" in every other name.</summary>
public sealed class CompassPointActorTests
{
    private const string Published = "2024-03-01";

    private static (string Text, string Code, string Sector)[] Actors(string text) =>
        Pipelines.Mentions(text, MentionKind.Actor, Published).Select(m => (m.Text, m.Mention.Actor!.Code, m.Mention.Actor.Sector)).ToArray();

    [Theory]
    [InlineData("The West has imposed new sanctions on Moscow.", "West")]
    [InlineData("Russia accused the West of prolonging the war.", "West")]
    [InlineData("Western governments pledged more air defence.", "Western governments")]
    [InlineData("Western allies met in Ramstein.", "Western allies")]
    public void TheWest_IsWesternGovernmentsAsOneActor(string sentence, string text) =>
        Assert.Contains((text, "WST", "GOV"), Actors(sentence));

    [Theory]
    [InlineData("Cadets at West Point paraded on Sunday.")]
    [InlineData("Migrants travelled to the West in large numbers.")]
    [InlineData("West Weighs New Sanctions On Russia")]
    public void WestOutsideTheCollective_IsNoActor(string sentence) =>
        Assert.DoesNotContain(Actors(sentence), a => a.Code == "WST");

    [Fact]
    public void WestBeforeADemonym_OpensALongerName() =>
        Assert.DoesNotContain(Actors("Mali left the West African bloc ECOWAS."), a => a.Code is "WST" or "AFR");

    [Fact]
    public void WestBeforeAPlace_PointsIntoIt() =>
        Assert.Contains(Pipelines.Mentions("Planes flew food into West Berlin.", MentionKind.Place, Published),
            m => m.Text == "West Berlin" && m.Mention.Place!.Country == "DEU");
}
