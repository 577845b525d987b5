using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>Words of court reports, accession, pressure, denials, land, tourism, standing and spending at home that look like cues but tell no new event (sentences written for these tests).</summary>
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
    [InlineData("The army denied targeting civilians in the camp on Sunday.", "ASSAULT")]
    [InlineData("Sweden, Finland and Denmark imposed travel bans on Tuesday on two ministers.", "COERCE")]
    [InlineData("Settlers took over 40 hectares of land in the hills south of Hebron this spring.", "CONSULT")]
    [InlineData("Transnistria is internationally recognised as part of Moldova, though Russian troops remain there.", "SUPPORT")]
    [InlineData("Athens will let Turkish tourists visiting five of its islands stay for a week without a visa.", "CONSULT")]
    [InlineData("Critics accuse the government of pouring money into stadiums while clinics close.", "AID")]
    public void TheWords_TellNoEventOfThatType(string text, string type) =>
        Assert.DoesNotContain(EventCodingTests.Code(text), e => e.Category.Type == type);

    [Fact]
    public void StrikingAnyDeal_IsAnAgreementNotAnAttack()
    {
        var events = EventCodingTests.Code("Rome denies striking any deal with Tehran over the journalist.");
        Assert.Contains(events, e => e.Category.Type == "AGREE");
        Assert.DoesNotContain(events, e => e.Category.Type == "ASSAULT");
    }
}
