using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>A leader's refusal to go, told as what they will not do or rule out: a REJECT made as it is told, not a
/// negated concession (sentences written for these tests).</summary>
public sealed class RefusalToStepDownTests
{
    [Theory]
    [InlineData("The prime minister told parliament on Tuesday that she would not resign.")]
    [InlineData("Embattled mayor rules out quitting over bribery claims")]
    [InlineData("The general said he will not step down before the election.")]
    public void TheRefusal_IsAnAssertedReject(string sentence)
    {
        var events = EventCodingTests.Code(sentence);
        Assert.Equal(EventModality.Asserted, Assert.Single(events, e => e.Category.Type == "REJECT").Modality);
        Assert.DoesNotContain(events, e => e.Category.Type is "RETREAT" or "CONCEDE");
    }
}
