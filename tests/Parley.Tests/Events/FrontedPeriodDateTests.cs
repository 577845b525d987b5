namespace Parley.Tests.Events;

/// <summary>
/// A month, year or longer period opening a sentence ("In 2019, …", "Since 2021, …") is the time of all the sentence tells,
/// its clauses of consequence and time too; a day named later in the sentence, or a period past a semicolon, is not
/// (sentences written for these tests).
/// </summary>
public sealed class FrontedPeriodDateTests
{
    [Fact]
    public void AConsequenceClause_IsDatedByThePeriodOpeningTheSentence()
    {
        var events = EventCodingTests.Code("In 2019, the navy seized two fishing boats near the atoll, prompting fishermen to blockade the harbour.");
        Assert.Equal("2019", Assert.Single(events, e => e.Category.Mode == "restrict").Date?.Time?.Value);
    }

    [Fact]
    public void ATimeClause_IsDatedByThePeriodOpeningTheSentence()
    {
        var events = EventCodingTests.Code("In March 2021, the government expelled the ambassador after rebels attacked the consulate.");
        Assert.Equal("2021-03", Assert.Single(events, e => e.Category.Type == "ASSAULT").Date?.Time?.Value);
    }

    [Fact]
    public void ThePeriodOfTheFirstHalf_DoesNotDateTheSecond()
    {
        var events = EventCodingTests.Code("In 2019, the navy seized two fishing boats near the atoll; fishermen blockaded the harbour.");
        Assert.Null(Assert.Single(events, e => e.Category.Mode == "restrict").Date);
    }
}
