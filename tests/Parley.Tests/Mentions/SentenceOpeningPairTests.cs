using Parley.Tests.Events;

namespace Parley.Tests.Mentions;

/// <summary>
/// "Both sides", "Either country" and "Each government" opening a sentence are the pair in play, as they are inside one:
/// a capitalised first word opens no unknown name here (sentences written for these tests).
/// </summary>
public sealed class SentenceOpeningPairTests
{
    [Fact]
    public void BothSides_AtTheStart_MeetAsTheTwoParties()
    {
        var meeting = EventCodingTests.Code("Ghana and Togo held talks in Accra, mediated by Nigeria and Benin. Both sides will meet again next month.", "2025-06-01")
            .Single(e => e.Category.Type == "CONSULT" && e.Sentence == 1);
        Assert.Equal(["GHA", "TGO"], meeting.Actors.Select(a => a.Code).Distinct().Order());
    }

    [Fact]
    public void EachGovernment_AtTheStart_BlamesAsBothParties()
    {
        var blame = Assert.Single(EventCodingTests.Code("Armenia and Azerbaijan fought a short war over the enclave in 2020. Each government blamed the other for the violence.", "2025-06-01"),
            e => e.Category.Type == "ACCUSE");
        Assert.Equal(["ARM", "AZE"], blame.Actors.Select(a => a.Code).Order());
    }
}
