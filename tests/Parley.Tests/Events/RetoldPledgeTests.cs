using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>
/// A pledge told as done, then what it promises told as to come by the same givers, is one promise (articles written for
/// these tests).
/// </summary>
public sealed class RetoldPledgeTests
{
    private const string Pledge = "Japan pledges $200 million in aid to Kenya as foreign minister visits\n\n";

    [Theory]
    [InlineData(Pledge + "NAIROBI — Japan will give Kenya $200 million in development aid over three years, Foreign Minister Yoko Kamikawa said on Monday.")]
    [InlineData(Pledge + "NAIROBI — Japan will provide the money over three years, Foreign Minister Yoko Kamikawa said on Monday.")]
    [InlineData("Norway and Sweden pledged emergency aid to Moldova on Tuesday. Sweden will send 40 million euros in aid to Moldova before winter, its defence minister said.")]
    public void TheGivingToCome_IsThePledgeAgain(string text)
    {
        var pledge = Assert.Single(EventCodingTests.Code(text), e => e.PloverCategory.Type == "AGREE");
        Assert.Equal(EventModality.Asserted, pledge.Modality);
        Assert.Equal(2, pledge.Evidence.Count);
    }

    [Fact]
    public void APromiseToldInItsOwnClause_LeavesALaterGivingAnother()
    {
        const string text = "The Danish prime minister visited Tallinn on Monday, promising that Denmark would stand by Estonia. "
                            + "Denmark will provide 300 million crowns a year in military aid until 2030, she said.";
        var agreements = EventCodingTests.Code(text).Where(e => e.PloverCategory.Type == "AGREE").ToList();
        Assert.Equal(2, agreements.Count);
    }
}
