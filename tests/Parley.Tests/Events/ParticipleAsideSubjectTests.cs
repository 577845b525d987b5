namespace Parley.Tests.Events;

/// <summary>
/// A participle phrase right after the subject ("leaders meeting in City, Country, called …") is an aside: the country
/// that ends it is where they met, not who acts (sentences written for these tests).
/// </summary>
public sealed class ParticipleAsideSubjectTests
{
    [Fact]
    public void TheSubjectBeforeAParticipleAside_IsTheActor()
    {
        var appeal = Assert.Single(EventCodingTests.Code("NATO ministers gathering in Brno, Czech Republic, called for a ceasefire in Sudan."),
            e => e.Category.Type == "REQUEST");
        Assert.Equal("NATO", Assert.Single(appeal.Actors).Code);
    }
}
