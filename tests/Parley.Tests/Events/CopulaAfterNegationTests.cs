using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>
/// A predicate joined by "and" with a copula of its own ("and remained committed to") is a new statement that a negation
/// or a doubt before it does not reach (sentences written for these tests).
/// </summary>
public sealed class CopulaAfterNegationTests
{
    [Theory]
    [InlineData("The bloc said it had not received any formal notice of the withdrawal and remained committed to finding a settlement with the juntas.")]
    [InlineData("Seoul said it had not seen any proposal from the North and remained committed to dialogue with Pyongyang.")]
    public void RemainingCommittedAfterANegatedAct_IsAsserted(string sentence) =>
        Assert.Equal(EventModality.Asserted, Assert.Single(EventCodingTests.Code(sentence), e => e.Category.Type == "AGREE").Modality);
}
