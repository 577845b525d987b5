namespace Parley.Tests.Events;

/// <summary>
/// A headline act whose doer went unfound is the lead's act of its kind, even when the lead's doer is of the victim's
/// country: police shooting a protester is no answer to the shooting (articles written for these tests).
/// </summary>
public sealed class RetoldHeadlineWithoutDoerTests
{
    [Fact]
    public void AHeadlineKillingRetoldWithItsDomesticDoer_IsOneAttack()
    {
        var events = EventCodingTests.Code("Student is shot dead in Quito\n\n" +
            "QUITO — Ecuadorean police shot dead a student leader from Guayaquil during a protest in the capital on Tuesday, prosecutors said.");
        var attack = Assert.Single(events, e => e.Category.Type == "ASSAULT");
        Assert.Contains(attack.Actors, a => a.Code == "ECU");
    }
}
