namespace Parley.Tests.Events;

/// <summary>
/// Coercion or violence whose object counts or points to people without naming them strikes the people of the place
/// where it happens, even when the actor is of that country (sentences written for these tests).
/// </summary>
public sealed class OwnPeopleStruckTests
{
    [Theory]
    [InlineData("Kenyan police in Mombasa arrested dozens on Friday.")]
    [InlineData("Kenyan police in Mombasa detained 40 on Friday.")]
    [InlineData("Kenyan police in Mombasa beat them on Friday.")]
    public void PeopleCountedButNotNamed_AreThoseOfThePlace(string text)
    {
        var e = Assert.Single(EventCodingTests.Code(text), e => e.Category.Type is "COERCE" or "ASSAULT");
        Assert.Equal("KEN", Assert.Single(e.Recipients).Code);
    }

    [Fact]
    public void ACurfewOnTheActorsOwnCity_StrikesNoOneNamed()
    {
        var e = Assert.Single(EventCodingTests.Code("Kenyan police in Mombasa imposed a curfew on Friday."), e => e.Category.Type == "COERCE");
        Assert.Empty(e.Recipients);
    }
}
