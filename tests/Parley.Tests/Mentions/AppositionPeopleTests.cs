namespace Parley.Tests.Mentions;

using Parley.Tests.Events;

/// <summary>
/// A full name the lexicon lacks, set beside a demonym by a comma, is a person of that country, and so is the surname alone
/// later (sentences written for these tests).
/// </summary>
public sealed class AppositionPeopleTests
{
    [Fact]
    public void ANameBeforeAnAppositionWithADemonym_IsOfThatCountry()
    {
        var e = EventCodingTests.Code("Iranian authorities freed Thomas Hale, a British aid worker, on Monday.", "2025-06-01")
            .First(e => e.Category.Type == "RETREAT");
        var freed = Assert.Single(e.Recipients);
        Assert.Equal(("GBR", "Thomas Hale"), (freed.Code, freed.Name));
    }

    [Fact]
    public void ADemonymInAPhraseOfTheApposition_IsAnothers()
    {
        var e = EventCodingTests.Code("Iranian authorities freed Thomas Hale, an adviser to British diplomats, on Monday.", "2025-06-01")
            .First(e => e.Category.Type == "RETREAT");
        Assert.DoesNotContain(e.Recipients, r => r.Name == "Thomas Hale");
    }

    [Fact]
    public void ANameAfterADemonymAndItsComma_IsOfThatCountry_AndSoIsItsSurnameLater()
    {
        var e = EventCodingTests.Code("A second Briton, Thomas Hale, is still held in Iran. Hale was detained in Tehran in March.", "2025-06-01")
            .First(e => e.Category.Type == "COERCE");
        Assert.Equal("GBR", Assert.Single(e.Recipients).Code);
    }
}
