using Parley.Tests.Events;

namespace Parley.Tests.Mentions;

/// <summary>
/// "the two sides" after talks "brokered by" or "mediated by" a pair of go-betweens are the parties of the talks,
/// never the go-betweens named last (sentences written for these tests).
/// </summary>
public sealed class GoBetweenPairTests
{
    [Theory]
    [InlineData("Talks between Serbia and Kosovo resumed in Brussels, brokered by France and Germany. The two sides will meet again next month.", "SRB", "XKX")]
    [InlineData("Ethiopia and Eritrea held talks on Sunday. The talks were mediated by Kenya and the United States. The two sides will meet again in June.", "ERI", "ETH")]
    [InlineData("Ghana and Togo agreed to reopen the border, Nigeria's foreign ministry said. The Nigeria-brokered deal came out of talks mediated by Nigeria and Benin. The two sides will meet again in Geneva.", "GHA", "TGO")]
    [InlineData("Colombia's army and the ELN rebels fought for a week. The truce came out of talks between the two factions brokered by Cuba and Norway. The two sides will meet again next week.", "COL", "COL")]
    public void TheTwoSides_AreTheParties_NotTheGoBetweens(string text, string one, string other)
    {
        // The meeting is the last event of each text.
        var meeting = EventCodingTests.Code(text).Last();
        Assert.Equal([one, other], meeting.Actors.Select(a => a.Code).Order());
    }
}
