namespace Parley.Tests.Events;

/// <summary>
/// A name modifying the words after a cue says whom it is done to only within the cue's own object: not past another
/// cue, nor past a comma opening an apposition that names an act (sentences written for these tests).
/// </summary>
public sealed class ObjectStretchTests
{
    [Theory]
    [InlineData("Erdogan said the two leaders had reached an agreement and warned Athens and European capitals not to interfere.", "AGREE")]
    [InlineData("India restricted exports of basmati rice, a move Gulf importers said was raising prices.", "SANCTION")]
    public void ANameBeyondTheCuesObject_IsNoRecipient(string text, string type)
    {
        var e = EventCodingTests.Code(text, "2025-06-01").First(e => e.Category.Type == type);
        Assert.Empty(e.Recipients);
    }

    [Fact]
    public void AnAppositionNamingAPerson_StillSaysWhoseTheyAre()
    {
        var e = EventCodingTests.Code("Iran released Olivier Grondeau, a French tourist held since 2022, on Thursday.", "2025-06-01")
            .First(e => e.Category.Type == "RETREAT");
        Assert.Equal("FRA", Assert.Single(e.Recipients).Code);
    }
}
