using Parley.Tests.Events;

namespace Parley.Tests.Mentions;

/// <summary>
/// "The two neighbours", "the two rivals", "the two navies" are the pair in play, as "the two countries" are: both sides
/// act together, and neither is the other's recipient (sentences written for these tests).
/// </summary>
public sealed class PairOfNeighboursTests
{
    [Theory]
    [InlineData("Armenia and Azerbaijan fought a war over Karabakh in the 1990s. The two neighbours have yet to sign a peace treaty.", "SUPPORT", "ARM", "AZE")]
    [InlineData("India and Pakistan fought a brief war in May. The two rivals have yet to sign a new water treaty.", "SUPPORT", "IND", "PAK")]
    public void TheTwoNeighbours_ActAsBothParties(string text, string type, string one, string other)
    {
        var act = EventCodingTests.Code(text, "2025-06-01").Last(e => e.Category.Type == type);
        Assert.Equal([one, other], act.Actors.Select(a => a.Code).Distinct().Order());
        Assert.Empty(act.Recipients);
    }
}
