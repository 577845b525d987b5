namespace Parley.Tests.Events;

/// <summary>A country's name or demonym that modifies the words of a cue, not a mention of its own (sentences written for these tests).</summary>
public sealed class ModifierNameTests
{
    [Fact]
    public void DemonymsBeforeTheSubjectAndTheObject_NameBothSides()
    {
        var coercion = Assert.Single(EventCodingTests.Code("Chinese coast guard vessels blocked two Philippine fishing boats off Scarborough Shoal on Tuesday."),
            e => e.Category.Type == "COERCE");
        Assert.Equal("restrict", coercion.Category.Mode);
        Assert.Equal("CHN", Assert.Single(coercion.Actors).Code);
        Assert.Equal("PHL", Assert.Single(coercion.Recipients).Code);
    }

    [Fact]
    public void ANameBeforeAFunctionWord_ModifiesNothing() =>
        Assert.Empty(Assert.Single(EventCodingTests.Code("The fund lends against reserves parked in the West after the 2022 invasion."),
            e => e.Category.Type == "ASSAULT").Actors);
}
