namespace Parley.Tests.Events;

/// <summary>
/// Conflictual events told in ways the plain cues miss (sentences written for these tests): a naming whose judged act takes
/// a long phrase (events/naming-frames.tsv), and a court that jails, which convicts as well as jails (events/patterns.tsv).
/// </summary>
public sealed class LongNamingAndCourtJailingTests
{
    [Fact]
    public void ALongPhraseCalledADarkChapter_IsDisapproval()
    {
        var events = EventCodingTests.Code("The opposition party called the police raids on its regional offices a dark chapter.", "2025-06-01");
        var e = Assert.Single(events, e => e.Category.Type == "ACCUSE");
        Assert.Equal("disapprove", e.Category.Mode);
    }

    [Fact]
    public void ARivalsLongAccountCalledALie_IsAnAllegation()
    {
        var events = EventCodingTests.Code("Pakistan's foreign minister called the Indian army chief's account of the clash a lie.", "2025-06-01");
        var e = Assert.Single(events, e => e.Category.Type == "ACCUSE");
        Assert.Equal("allege", e.Category.Mode);
    }

    [Fact]
    public void ACourtThatJails_ConvictsAndJails()
    {
        var events = EventCodingTests.Code("A Tunisian court jails 12 opposition figures for conspiracy.", "2025-06-01");
        Assert.Contains(events, e => e.Category.Type == "SANCTION" && e.Category.Mode == "convict");
        Assert.Contains(events, e => e.Category.Type == "COERCE" && e.Category.Mode == "arrest");
    }
}
