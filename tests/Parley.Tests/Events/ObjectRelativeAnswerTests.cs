namespace Parley.Tests.Events;

/// <summary>
/// The verb of a clause opened by "whom" or "which" acts on the noun the clause describes, in any tense, and that noun may
/// be of the subject's own country (sentences written for these tests).
/// </summary>
public sealed class ObjectRelativeAnswerTests
{
    [Fact]
    public void PresentTenseVerbAfterWhom_ActsOnTheNameBefore()
    {
        var accusation = Assert.Single(EventCodingTests.Code("He met Vladimir Padrino Lopez, whom the United States accuses of drug trafficking."),
            e => e.Category.Type == "ACCUSE");
        Assert.Equal(["VEN"], accusation.Recipients.Select(r => r.Code));
    }

    [Fact]
    public void PeopleWhomTheSubjectAccuses_AreActedOnThoughOfItsCountry()
    {
        var accusation = Assert.Single(EventCodingTests.Code("The protests in Lome were called by activists abroad, whom ministers accused of trying to sow chaos."),
            e => e.Category.Type == "ACCUSE");
        Assert.Equal(["TGO"], accusation.Recipients.Select(r => r.Code).Distinct());
    }
}
