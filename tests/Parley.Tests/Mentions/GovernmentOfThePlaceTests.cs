namespace Parley.Tests.Mentions;

/// <summary>"The government" in a sentence that names a place and no actor (sentences written for these tests).</summary>
public sealed class GovernmentOfThePlaceTests
{
    [Fact]
    public void TheGovernment_IsThatOfThePlaceItsSentenceNames_NotOfTheCountryNamedBefore()
    {
        var events = Parley.Tests.Events.EventCodingTests.Code(
            "Washington said it would review its aid programmes.\n\nThousands marched in Tbilisi on Sunday against the government's decision to shelve EU membership talks.");
        var protest = Assert.Single(events, e => e.Category.Type == "PROTEST");
        Assert.Equal("GEO", Assert.Single(protest.Recipients).Code);
    }
}
