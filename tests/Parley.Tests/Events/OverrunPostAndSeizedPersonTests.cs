namespace Parley.Tests.Events;

/// <summary>
/// A post overrun is attacked, not seized; a person seized from home or post is abducted (sentences written for these tests).
/// </summary>
public sealed class OverrunPostAndSeizedPersonTests
{
    [Fact]
    public void AGarrisonOverrun_IsAnAttack()
    {
        var events = EventCodingTests.Code("A militia overran an army garrison in the north of the country on Friday.");
        Assert.Contains(events, e => e.Category.Type == "ASSAULT");
        Assert.DoesNotContain(events, e => e.Category.Type == "COERCE");
    }

    [Fact]
    public void APersonSeizedFromHisHome_IsAbducted() =>
        Assert.Contains(EventCodingTests.Code("The engineer was seized from his home in the capital by gunmen last year."),
            e => e.Category is { Type: "ASSAULT", Mode: "abduct" });
}
