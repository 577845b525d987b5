namespace Parley.Tests.Events;

/// <summary>
/// A date applies only to the acts it governs: a sentence that names no day is not dated by the day of the sentence before
/// it in its paragraph, while a headline's news still takes the lead's day (sentences written for these tests).
/// </summary>
public sealed class UndatedSentenceTests
{
    [Fact]
    public void AChargeToldAfterADatedStrike_StaysUndated()
    {
        var events = EventCodingTests.Code("Russian missiles hit a hospital in Kharkiv on Sunday. Ukraine's foreign minister accused Moscow of targeting civilians.", "2025-03-11");
        Assert.Contains(events, e => e.Category.Type == "ASSAULT" && e.Date?.Time?.Value == "2025-03-09");
        Assert.Null(Assert.Single(events, e => e.Category.Type == "ACCUSE").Date);
    }

    [Fact]
    public void AnOfferToldInThePluperfect_StaysUndated()
    {
        var events = EventCodingTests.Code("Ghana and Togo signed a border accord on Friday. Nigeria had offered to mediate between them.", "2025-03-11");
        Assert.Contains(events, e => e.Date?.Time?.Value == "2025-03-07");
        Assert.Single(events, e => e.Date is null);
    }
}
