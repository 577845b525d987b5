namespace Parley.Tests.Events;

/// <summary>A deal told with its maker between it and "struck" ("a deal the president struck with NATO") is an agreement,
/// not an air strike (sentences written for these tests).</summary>
public sealed class DealStruckByMakerTests
{
    [Fact]
    public void DealItsMakerStruck_IsAnAgreementNotAStrike()
    {
        var events = EventCodingTests.Code("The plan grew out of an agreement Chancellor Merz struck with Poland in March.");
        Assert.Contains(events, e => e.Category.Type == "AGREE");
        Assert.DoesNotContain(events, e => e.Category.Type == "ASSAULT");
    }
}
