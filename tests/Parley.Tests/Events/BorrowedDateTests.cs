using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>
/// A date that says when another act or thing of the sentence was neither dates an act nor sets it in the background
/// (sentences written for these tests, published 12 March 2025).
/// </summary>
public sealed class BorrowedDateTests
{
    [Fact]
    public void AYearDescribingTheObject_DoesNotDateTheAct()
    {
        var waiver = Assert.Single(EventCodingTests.Code("The government waived a 2009 rule that limited foreign investment."), e => e.Category.Type == "CONCEDE");
        Assert.Equal(EventModality.Asserted, waiver.Modality);
        Assert.Null(waiver.Date);
    }

    [Fact]
    public void TheYearOfAClauseOpenedByThat_IsNotTheStatementsOwn()
    {
        var finding = Assert.Single(EventCodingTests.Code("Investigators concluded that the group had carried out two bombings last year."), e => e.Category.Type == "ACCUSE");
        Assert.Equal(EventModality.Asserted, finding.Modality);
        Assert.Null(finding.Date);
    }

    [Fact]
    public void AHeadlineReleaseDatedByTheKidnapping_IsTheLeadsRelease()
    {
        var release = Assert.Single(EventCodingTests.Code(
            "Militia frees hostage kidnapped in Mosul in 2022\n\nBAGHDAD — An armed group released the hostage on Monday, officials said."), e => e.Category.Type == "RETREAT");
        Assert.Equal(EventModality.Asserted, release.Modality);
        Assert.Equal(2, release.Evidence.Count);
    }

    [Fact]
    public void AYearOfTheThingAnActTookPlaceIn_DatesTheAct() =>
        Assert.Equal(EventModality.Historical, Assert.Single(EventCodingTests.Code(
            "The two generals seized power together in a 2019 coup."), e => e.Category.Type == "COERCE").Modality);

    [Fact]
    public void ActsJoinedByAnd_ShareTheirDay() =>
        Assert.All(EventCodingTests.Code("Authorities imposed a curfew and deployed the army on Saturday."), e => Assert.NotNull(e.Date));
}
