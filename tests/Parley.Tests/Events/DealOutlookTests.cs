using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>A deal said to be unlikely is an agreement only supposed (sentences written for these tests).</summary>
public sealed class DealOutlookTests
{
    [Fact]
    public void ADealSaidToBeUnlikely_IsAHypotheticalAgreement()
    {
        var deal = Assert.Single(EventCodingTests.Code("Mediators said a deal was unlikely before the end of the year."), e => e.Category.Type == "AGREE");
        Assert.Equal(EventModality.Hypothetical, deal.Modality);
    }
}
