using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>A day told between a cue's words reads as the cue without it (sentences written for these tests).</summary>
public sealed class TimeAdjunctInCueTests
{
    [Theory]
    [InlineData("Tehran vowed on Sunday to retaliate against Israel.", "Tehran vowed to retaliate against Israel.")]
    [InlineData("The rebels agreed late on Monday to release 20 hostages.", "The rebels agreed to release 20 hostages.")]
    [InlineData("Ankara threatened in July to cut off gas supplies to the island.", "Ankara threatened to cut off gas supplies to the island.")]
    public void TheCueWithItsDay_IsCodedAsTheCueAlone(string withDay, string without)
    {
        var told = EventCodingTests.Code(without).Select(e => e.Category.Type).ToList();
        Assert.NotEmpty(told);
        Assert.Equal(told, EventCodingTests.Code(withDay).Select(e => e.Category.Type));
    }

    [Fact]
    public void TheEvidence_SpansTheDay() =>
        Assert.Contains(EventCodingTests.Code("Tehran vowed on Sunday to retaliate against Israel."),
            e => e.Category.Type == "THREATEN" && e.Evidence.Any(span => span.Length == "vowed on Sunday to retaliate".Length));

    [Fact]
    public void AModalityCueWithItsDay_StillGovernsItsClause() =>
        Assert.Equal(EventModality.Hypothetical, Assert.Single(EventCodingTests.Code(
            "Kyiv alleged on Friday that Russian troops had shelled the dam."), e => e.Category.Type == "ASSAULT").Modality);
}
