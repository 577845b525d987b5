namespace Parley.Tests.Events;

/// <summary>
/// Police or troops flown or brought in are mobilised where trouble is; soldiers flown in alone may come to help
/// (sentences written for these tests).
/// </summary>
public sealed class ForcesFlownInTests
{
    [Fact]
    public void GendarmesFlownIn_AreMobilised()
    {
        var events = EventCodingTests.Code("Paris was flying in 500 extra gendarmes to Martinique on Tuesday. The army said it would bring in reserve troops.", "2025-06-01");
        Assert.Equal(["police", "troops"], events.Where(e => e.Category.Type == "MOBILIZE").Select(e => e.Category.Mode));
    }

    [Fact]
    public void SoldiersFlownInAfterAQuake_AreNotMobilised()
    {
        var events = EventCodingTests.Code("Portugal flew in 40 soldiers and rescue dogs after the earthquake.", "2025-06-01");
        Assert.DoesNotContain(events, e => e.Category.Type == "MOBILIZE");
    }
}
