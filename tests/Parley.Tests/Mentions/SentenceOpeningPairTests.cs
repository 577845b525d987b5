using Parley.Tests.Events;

namespace Parley.Tests.Mentions;

/// <summary>
/// "Both sides", "Either country" and "Each government" opening a sentence are the pair in play, as they are inside one:
/// a capitalised first word opens no unknown name here (sentences written for these tests).
/// </summary>
public sealed class SentenceOpeningPairTests
{
    [Theory]
    [InlineData("Ghana and Togo held talks in Accra, mediated by Nigeria and Benin. Both sides will meet again next month.", "GHA", "TGO")]
    [InlineData("Armenia and Azerbaijan fought a short war over the enclave in 2020. Each government blamed the other for the violence.", "ARM", "AZE")]
    public void TheOpeningPair_IsTheTwoParties(string text, string one, string other)
    {
        // The pair acts in the last event of each text.
        var last = EventCodingTests.Code(text, "2025-06-01").Last();
        Assert.Equal([one, other], last.Actors.Select(a => a.Code).Distinct().Order());
    }
}
