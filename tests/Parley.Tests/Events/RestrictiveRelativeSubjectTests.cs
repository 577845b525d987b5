namespace Parley.Tests.Events;

/// <summary>A relative clause with no comma after a name in a phrase has that name as its subject (sentences written for these tests).</summary>
public sealed class RestrictiveRelativeSubjectTests
{
    [Fact]
    public void ProtestersWhoMarched_AreTheProtestsActors()
    {
        var protest = Assert.Single(EventCodingTests.Code("Police in Nairobi fired tear gas at students who marched on parliament on Tuesday."),
            e => e.Category.Type == "PROTEST");
        Assert.Equal(["EDU"], protest.Actors.Select(a => a.Sector).Distinct());
    }
}
