using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>
/// A predicate joined by "and" with a copula of its own ("and remained committed to") is a new statement that a negation
/// or a doubt before it does not reach (sentences written for these tests).
/// </summary>
public sealed class CopulaAfterNegationTests
{
    [Fact]
    public void RemainingCommittedAfterANegatedReceipt_IsAsserted()
    {
        var events = EventCodingTests.Code("The bloc said it had not received any formal notice of the withdrawal and remained committed to finding a settlement with the juntas.");
        Assert.Equal(EventModality.Asserted, Assert.Single(events, e => e.Category.Type == "AGREE").Modality);
    }
}
