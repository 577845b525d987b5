using Parley.Events;

namespace Parley.Tests.Mentions;

/// <summary>
/// The states in free association with New Zealand conduct their own foreign relations, so news names them as actors of
/// their own, not as New Zealand (sentences written for these tests).
/// </summary>
public sealed class FreeAssociationStateTests
{
    [Fact]
    public void TheCookIslands_AreAnActorOfTheirOwn() =>
        Assert.Equal("COK", Assert.Single(At("The Cook Islands condemned the fishing ban on Monday.", "condemned").Actors).Code);

    [Fact]
    public void NiuesCapital_StandsForItsGovernment() =>
        Assert.Equal("NIU", Assert.Single(At("Alofi condemned the fishing ban on Monday.", "condemned").Actors).Code);

    private static PloverEvent At(string text, string cue) =>
        Assert.Single(Parley.Tests.Events.EventCodingTests.Code(text, "2024-08-30"), e => text[e.Trigger.Start..e.Trigger.End].Contains(cue, StringComparison.Ordinal));
}
