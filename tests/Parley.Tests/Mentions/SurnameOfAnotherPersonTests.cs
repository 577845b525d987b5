using Parley.Tests.Events;

namespace Parley.Tests.Mentions;

/// <summary>A known person's surname the text gave another given name is, alone later, not that known person (sentences written for these tests).</summary>
public sealed class SurnameOfAnotherPersonTests
{
    [Fact]
    public void ASurnameAlone_AfterAnotherGivenName_IsNotTheKnownPerson() =>
        Assert.DoesNotContain("AUS", CondemnerCodes("The United States imposed sanctions on Francesca Albanese on Wednesday. Albanese condemned the sanctions on Thursday."));

    [Fact]
    public void ASurnameAlone_WithNoOtherGivenName_IsTheKnownPerson() =>
        Assert.Contains("AUS", CondemnerCodes("Albanese condemned the sanctions on Thursday."));

    private static List<string> CondemnerCodes(string text) =>
        EventCodingTests.Code(text).Single(e => e.Category.Type == "ACCUSE").Actors.ConvertAll(a => a.Code);
}
