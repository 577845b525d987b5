namespace Parley.Tests.Events;

/// <summary>Ordinary people who arrive somewhere make no diplomatic visit; officials do (sentences written for these tests).</summary>
public sealed class ArrivalOfPeopleTests
{
    [Theory]
    // The subject stands far before the verb, past what is said of it.
    [InlineData("Dozens of Eritrean migrants stranded for months in a desert camp near the border arrived in Tripoli on Friday.")]
    [InlineData("The students, stuck in Khartoum since the fighting began in April, landed in Nairobi on a chartered plane.")]
    [InlineData("Officials said that 40 detainees held without charge in the northern province had been flown to Baghdad.")]
    // A vehicle's arrival with the people it brings.
    [InlineData("A chartered flight landed in Dhaka on Tuesday with 212 students evacuated from the region.")]
    public void OrdinaryPeopleArriving_MakeNoVisit(string sentence) =>
        Assert.DoesNotContain(EventCodingTests.Code(sentence), e => e.Category is { Type: "CONSULT", Mode: "visit" });

    [Theory]
    [InlineData("Kenyan Foreign Minister Musalia Mudavadi, accompanied by a team of senior aides, arrived in Addis Ababa on Monday.")]
    [InlineData("A Turkish delegation led by the trade minister landed in Baku with a group of business leaders.")]
    [InlineData("President Samia Suluhu Hassan arrived in Lusaka with 30 students on board.")]
    public void OfficialsArriving_StillVisit(string sentence) =>
        Assert.Contains(EventCodingTests.Code(sentence), e => e.Category is { Type: "CONSULT", Mode: "visit" });
}
