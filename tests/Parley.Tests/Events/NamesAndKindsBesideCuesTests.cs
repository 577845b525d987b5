using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>
/// Words that look like modality cues but describe someone or name a month, and acts of a kind told beside one told with
/// "also" (sentences written for these tests).
/// </summary>
public sealed class NamesAndKindsBesideCuesTests
{
    [Theory]
    [InlineData("A former army commander was arrested in Lima on Tuesday, prosecutors said.", "COERCE")]
    [InlineData("The former president met the Chinese ambassador in Brasilia on Monday.", "CONSULT")]
    public void AFormerOfficeHolder_DoesNotMakeTheActBackground(string text, string type) =>
        Assert.Equal(EventModality.Asserted, EventCodingTests.Code(text, "2025-06-12").First(e => e.Category.Type == type).Modality);

    [Fact]
    public void TheMonthMay_IsNoModal() =>
        Assert.Equal(EventModality.Asserted, EventCodingTests.Code("Unions banned in May had called a nationwide strike over fuel prices.", "2025-08-20")
            .First(e => e.Category.Type == "PROTEST").Modality);

    [Fact]
    public void TheModalMay_StillSpeculates() =>
        Assert.Equal(EventModality.Hypothetical, EventCodingTests.Code("Unions may call a nationwide strike over fuel prices.", "2025-08-20")
            .First(e => e.Category.Type == "PROTEST").Modality);

    [Fact]
    public void AnActBesideOneToldWithAlso_IsAnotherActOfTheKind() =>
        Assert.Equal(3, EventCodingTests.Code("A court in Tunis sentenced the opposition leader Karim Mansour to death on Monday.\n\n"
            + "His former adviser also received the death penalty, while a former customs chief was jailed for ten years.")
            .Count(e => e.Category.Type == "SANCTION"));
}
