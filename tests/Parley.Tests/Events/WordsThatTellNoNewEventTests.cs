using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>Words of court reports, accession and pressure that look like cues but tell no new event (sentences written for these tests).</summary>
public sealed class WordsThatTellNoNewEventTests
{
    [Theory]
    [InlineData("Ottawa condemned the sentences on Wednesday.", "SANCTION")]
    [InlineData("The movement's founder received the longest term.", "CONSULT")]
    [InlineData("Three organisers received 12 years each.", "CONSULT")]
    [InlineData("The former minister was flown to a high-security prison in Lima.", "CONSULT")]
    [InlineData("Tbilisi shelved its bid to open membership talks with the European Union.", "CONSULT")]
    [InlineData("The speaker had refused to hold a vote, under pressure from conservatives in his party.", "REQUEST")]
    [InlineData("Washington halted its aid on Monday, raising the pressure on Kyiv.", "REQUEST")]
    public void TheWords_TellNoEventOfThatType(string text, string type) =>
        Assert.DoesNotContain(EventCodingTests.Code(text), e => e.Category.Type == type);
}
