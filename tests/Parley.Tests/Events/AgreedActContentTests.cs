namespace Parley.Tests.Events;

/// <summary>
/// What an agreement's infinitive or object names is what was agreed, one event, not an act of its own (sentences written
/// for these tests).
/// </summary>
public sealed class AgreedActContentTests
{
    [Fact]
    public void AgreedToResumeFlightsAndReopenCrossings_IsOneAgreement()
    {
        var events = EventCodingTests.Code("Thai and Cambodian officials agreed to resume direct flights and reopen border markets.");
        Assert.Equal("AGREE", Assert.Single(events).Category.Type);
    }

    [Fact]
    public void AgreedToStepDown_IsOneConcession()
    {
        var events = EventCodingTests.Code("Peru's interior minister agreed to step down after the scandal.");
        Assert.Equal("CONCEDE", Assert.Single(events).Category.Type);
    }

    [Fact]
    public void AgreedToOpenBases_IsOneAgreement()
    {
        var events = EventCodingTests.Code("Manila agreed to open two more bases to Japanese forces.");
        Assert.Equal("AGREE", Assert.Single(events).Category.Type);
    }

    [Fact]
    public void AgreedALoanWithALender_IsOneAgreement()
    {
        var events = EventCodingTests.Code("Ghana agreed a $3 billion loan with the IMF in May.");
        Assert.Equal("AGREE", Assert.Single(events).Category.Type);
    }
}
