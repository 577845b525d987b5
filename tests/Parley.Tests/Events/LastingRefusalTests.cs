namespace Parley.Tests.Events;

/// <summary>A refusal that lasted is one refusal, its infinitive what was refused (sentences written for these tests).</summary>
public sealed class LastingRefusalTests
{
    [Fact]
    public void RefusedForMonthsToRatify_IsOneRejection()
    {
        var events = EventCodingTests.Code("Turkey's parliament refused for weeks to ratify Finland's membership.");
        Assert.Equal("REJECT", Assert.Single(events).Category.Type);
    }
}
