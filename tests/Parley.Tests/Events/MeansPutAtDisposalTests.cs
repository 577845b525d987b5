using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>
/// Means put at another's disposal ("make … available to", "extended a deposit") are aid, a promise of it when only
/// speculated; the passive waits for roles that know its subject is the thing given (sentences written for these tests).
/// </summary>
public sealed class MeansPutAtDisposalTests
{
    [Fact]
    public void SystemsThatCouldBeMadeAvailable_AreAHypotheticalPromise()
    {
        var promise = Assert.Single(EventCodingTests.Code("Berlin said it could make two more IRIS-T systems available to Moldova."),
            e => e.PloverCategory.Type == "AGREE");
        Assert.Equal(EventModality.Hypothetical, promise.Modality);
        Assert.Equal("MDA", Assert.Single(promise.Recipients).Code);
    }

    [Fact]
    public void DepositExtended_IsAid()
    {
        var aid = Assert.Single(EventCodingTests.Code("Qatar extended a $2 billion deposit to Egypt on Monday."),
            e => e.Category.Type == "AID");
        Assert.Equal(("QAT", "EGY"), (Assert.Single(aid.Actors).Code, Assert.Single(aid.Recipients).Code));
    }

    [Fact]
    public void ThingMadeAvailableInThePassive_IsNotCodedYet() =>
        Assert.DoesNotContain(EventCodingTests.Code("Norway's frigates could be made available to the alliance, the minister said."),
            e => e.Category.Type == "AID");
}
