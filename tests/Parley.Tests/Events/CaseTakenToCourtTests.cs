namespace Parley.Tests.Events;

/// <summary>
/// A case taken to a court with no one named after it is against whom the same side's accusation just before it in the
/// sentence is aimed (sentences written for these tests).
/// </summary>
public sealed class CaseTakenToCourtTests
{
    [Fact]
    public void ACaseTakenToACourt_IsAgainstWhomTheSidesCondemnationIsAimed()
    {
        var events = EventCodingTests.Code("Guatemalan police carried out a raid on the Venezuelan consulate on Friday. President Nicolas Maduro condemned the raid, "
                                           + "and Venezuela's foreign ministry said it would take the case to the International Court of Justice.", "2025-06-01");
        var e = Assert.Single(events, e => e.Category is { Type: "ACCUSE", Mode: "allege" });
        Assert.Equal("GTM", Assert.Single(e.Recipients).Code);
    }

    [Fact]
    public void ACaseNamingWhomItAccuses_KeepsThatParty()
    {
        var events = EventCodingTests.Code("Gambia condemned the killings and said it would take the case against Myanmar to the International Court of Justice.", "2025-06-01");
        Assert.DoesNotContain(events, e => e.Category.Type == "ACCUSE" && e.Recipients.Exists(r => r.Code is "GMB" or "ICJ"));
    }
}
