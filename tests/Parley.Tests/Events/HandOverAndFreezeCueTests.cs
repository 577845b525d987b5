namespace Parley.Tests.Events;

/// <summary>
/// Handing over and freezing, whose type depends on what is handed over or frozen (sentences written for these tests).
/// </summary>
public sealed class HandOverAndFreezeCueTests
{
    [Theory]
    // Ships or aircraft handed to another state are aid; a group handing over its own weapons disarms.
    [InlineData("South Korea handed over two patrol boats to the Philippine navy on Friday.", "AID", null)]
    [InlineData("The rebels handed over their weapons to the army under the truce.", "RETREAT", "disarm")]
    // Freezing one's part in an alliance is a withdrawal, as suspending it is.
    [InlineData("Armenia froze its participation in the Russian-led security bloc.", "SANCTION", "withdraw")]
    public void WhatIsHandedOverOrFrozen_DecidesTheType(string text, string type, string? mode) =>
        Assert.Contains(EventCodingTests.Code(text), e => e.Category.Type == type && e.Category.Mode == mode);
}
