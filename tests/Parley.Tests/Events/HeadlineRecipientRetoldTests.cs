namespace Parley.Tests.Events;

/// <summary>
/// A headline's act that the lead tells again against the same party, by a doer the headline did not name, is one act
/// whose doer is the lead's (an article written for these tests).
/// </summary>
public sealed class HeadlineRecipientRetoldTests
{
    [Fact]
    public void AResolutionCondemningAPartyInTheHeadline_IsTheAssemblysCondemnationInTheLead()
    {
        var events = EventCodingTests.Code("Brazil abstains as UN resolution condemning Myanmar passes\n\n" +
            "The U.N. General Assembly condemned Myanmar on Friday over the killing of protesters, in a resolution adopted by 119 votes to one.");
        var condemnation = Assert.Single(events, e => e.Category is { Type: "ACCUSE", Mode: "disapprove" });
        Assert.Equal(["UNGA"], condemnation.Actors.Select(a => a.Code));
        Assert.Contains(condemnation.Recipients, r => r.Code == "MMR");
    }
}
