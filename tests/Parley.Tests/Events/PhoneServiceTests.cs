using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>A phone named beside other services is the service, not a call (sentences written for these tests).</summary>
public sealed class PhoneServiceTests
{
    [Fact]
    public void PhoneAndInternetLinksGoingDown_AreNoCall() =>
        Assert.DoesNotContain(EventCodingTests.Code("Phone and internet links to the province went down on Monday."), e => e.Category.Type == "CONSULT");

    [Fact]
    public void PhoningALeader_IsStillACall() =>
        Assert.Contains(EventCodingTests.Code("Macron phoned Putin on Monday."), e => e.Category is { Type: "CONSULT", Mode: "phone" });
}
