namespace Parley.Tests.Events;

/// <summary>
/// An arrest of people named by no country is of the arresting state's own people (sentences written for these tests).
/// </summary>
public sealed class HeldPeopleTests
{
    [Theory]
    [InlineData("Kenyan soldiers arrested about 30 of his men near the border on Tuesday.", "KEN")]
    [InlineData("Peruvian police detained two of her aides on Monday.", "PER")]
    public void UnnamedPeopleHeld_AreOfTheArrestingSide(string text, string recipient)
    {
        var e = Assert.Single(EventCodingTests.Code(text), e => e.Category is { Type: "COERCE", Mode: "arrest" });
        Assert.Equal(recipient, Assert.Single(e.Recipients).Code);
    }

    [Fact]
    public void ForeignersHeld_KeepTheirCountry()
    {
        var e = Assert.Single(EventCodingTests.Code("Russian police detained an American journalist in Moscow."), e => e.Category is { Type: "COERCE", Mode: "arrest" });
        Assert.Equal("USA", Assert.Single(e.Recipients).Code);
    }
}
