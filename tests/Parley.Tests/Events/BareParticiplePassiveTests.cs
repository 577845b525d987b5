namespace Parley.Tests.Events;

/// <summary>
/// A past participle telling a passive without a be-form of its own — an aside after a name and a comma, or joined by
/// "and" to a passive before it — befalls that name; a participle with an object is active (sentences written for these tests).
/// </summary>
public sealed class BareParticiplePassiveTests
{
    [Theory]
    [InlineData("Peruvian President Alberto Fujimori, released from prison in December, spoke to supporters in Lima on Monday.", "RETREAT", "PER")]
    [InlineData("Former Bolivian President Evo Morales was indicted and arrested in La Paz on Friday.", "COERCE", "BOL")]
    public void ABareParticiple_BefallsTheNameBeforeIt(string text, string type, string recipient)
    {
        var e = EventCodingTests.Code(text, "2025-06-01").Last(e => e.Category.Type == type);
        Assert.Empty(e.Actors);
        Assert.Equal(recipient, Assert.Single(e.Recipients).Code);
    }

    [Fact]
    public void AVerbAfterAnAppositionsClosingComma_IsTheSubjectsOwn()
    {
        var e = EventCodingTests.Code("Tesfaye Bekele, an adviser to Kenyan President William Ruto, signed on behalf of the government on Friday.", "2025-06-01")
            .First(e => e.Category.Type == "SUPPORT");
        Assert.NotEmpty(e.Actors);
        Assert.Empty(e.Recipients);
    }

    [Fact]
    public void AParticipleWithAnObject_IsActive()
    {
        var e = EventCodingTests.Code("Brazil's foreign minister was recalled and accused the Venezuelan government of fraud.", "2025-06-01")
            .First(e => e.Category.Type == "ACCUSE");
        Assert.Equal("BRA", Assert.Single(e.Actors).Code);
    }
}
