using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>
/// Concessions told with words the patterns lacked: curbs scrapped and provisions waived concede, and a plural's
/// possessive stays inside the object a cue needs (sentences written for these tests).
/// </summary>
public sealed class ConcessionCueTests
{
    [Theory]
    [InlineData("Seoul scrapped its export curbs on Japan on Friday.")]
    [InlineData("The president waived a provision that barred arms sales to Yerevan.")]
    public void RestrictionDropped_Concedes(string text) =>
        Assert.Contains(EventCodingTests.Code(text), e => e.PloverCategory.Type == "CONCEDE");

    [Fact]
    public void PluralPossessive_KeepsTheObjectInReach() =>
        Assert.Contains(EventCodingTests.Code("The prime minister scrapped the ministers' perks on Monday."),
            e => e.PloverCategory.Type == "CONCEDE");
}
