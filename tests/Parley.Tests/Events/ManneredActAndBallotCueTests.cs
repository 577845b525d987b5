namespace Parley.Tests.Events;

/// <summary>
/// Cues told with a word of manner or in a sense of their own (sentences written for these tests): a withdrawal "gradually
/// from", a detention "briefly" done, buildings occupied, a leader who fled the country, people sent fleeing, a country
/// withdrawn from a body, a bid frozen, a resolution demanding; and look-alikes that name no act: a vote "in a referendum",
/// a "protest group".
/// </summary>
public sealed class ManneredActAndBallotCueTests
{
    [Theory]
    [InlineData("Under the accord, Ethiopian troops are to withdraw gradually from the Tigray region.", "RETREAT")]
    [InlineData("The opposition leader was briefly detained by police after a rally in Minsk.", "COERCE")]
    [InlineData("Militia fighters had occupied two hospitals in the city, the WHO said.", "COERCE")]
    [InlineData("The ousted president fled the country on a military plane.", "RETREAT")]
    [InlineData("The offensive sent thousands of villagers fleeing towards the border.", "SANCTION")]
    [InlineData("Lawmakers voted in favour of the treaty on Tuesday.", "SUPPORT")]
    [InlineData("The opposition called the verdict a travesty of justice.", "ACCUSE")]
    [InlineData("The Security Council passed a resolution demanding an immediate ceasefire in Sudan.", "REQUEST")]
    [InlineData("Milei withdrew Argentina from the World Health Organization on Wednesday.", "SANCTION")]
    [InlineData("Tbilisi said it was freezing its accession bid until 2028.", "SANCTION")]
    public void TheCueIsFound(string text, string type) =>
        Assert.Contains(EventCodingTests.Code(text), e => e.Category.Type == type);

    [Fact]
    public void PeopleSentFleeing_AreNoAid() =>
        Assert.DoesNotContain(EventCodingTests.Code("The offensive sent thousands of villagers fleeing towards the border."), e => e.Category.Type == "AID");

    [Theory]
    [InlineData("Chadians voted in a referendum on a new constitution on Sunday.", "SUPPORT")]
    [InlineData("Leaders of a student protest group were questioned by prosecutors.", "PROTEST")]
    public void LookAlikes_NameNoSuchAct(string text, string type) =>
        Assert.DoesNotContain(EventCodingTests.Code(text), e => e.Category.Type == type);
}
