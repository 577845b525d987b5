using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>
/// A deal told by its participle alone ("a deal struck with Lima") is the agreement, where "struck" alone would read as an
/// air strike (sentences written for these tests).
/// </summary>
public sealed class DealStruckTests
{
    [Theory]
    [InlineData("Chile withdrew its last monitors from the border under a deal struck with Lima in June.")]
    [InlineData("The truce sealed by the two armies in Geneva has largely held since April.")]
    public void ADealByItsParticiple_IsAnAgreementNotAStrike(string sentence)
    {
        var events = EventCodingTests.Code(sentence);
        Assert.Contains(events, e => e.Category.Type == "AGREE");
        Assert.DoesNotContain(events, e => e.Category.Type == "ASSAULT");
    }
}
