namespace Parley.Tests.Events;

/// <summary>
/// A leader ordering their own forces to halt attacks yields (CONCEDE) and deploys no one; ordering another party to halt
/// is a demand (sentences written for these tests).
/// </summary>
public sealed class CommandedHaltTests
{
    private const string Halt = "The prime minister ordered his army to halt strikes on the border towns.";

    [Fact]
    public void OwnForcesOrderedToHaltStrikes_Yield() =>
        Assert.Contains(EventCodingTests.Code(Halt), e => e.Category.Type == "CONCEDE");

    [Fact]
    public void OwnForcesOrderedToHaltStrikes_AreNotDeployed()
    {
        var events = EventCodingTests.Code(Halt);
        Assert.DoesNotContain(events, e => e.Category.Type == "MOBILIZE");
        Assert.DoesNotContain(events, e => e.Category.Type == "ASSAULT");
    }

    [Fact]
    public void AnotherPartyOrderedToHalt_IsAsked() =>
        Assert.DoesNotContain(EventCodingTests.Code("The court ordered Serbia to halt its offensive near the border."), e => e.Category.Type == "CONCEDE");
}
