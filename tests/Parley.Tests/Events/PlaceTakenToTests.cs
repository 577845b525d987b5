namespace Parley.Tests.Events;

/// <summary>
/// A place that captives are taken "to" (or "back into") is where they go, not whom the act strikes; a place a strike is
/// fired "into", or the cue's own "to", is (sentences written for these tests).
/// </summary>
public sealed class PlaceTakenToTests
{
    [Theory]
    [InlineData("Hamas gunmen stormed the kibbutz at dawn, taking several hostages back into Gaza.", "PSE")]
    [InlineData("Hamas fighters crossed the fence on Saturday, taking many hostages to Gaza.", "PSE")]
    public void APlaceCaptivesAreTakenTo_IsNotStruck(string text, string notStruck)
    {
        var events = EventCodingTests.Code(text);
        Assert.Contains(events, e => e.Category.Type == "ASSAULT");
        Assert.DoesNotContain(events, e => e.Category.Type == "ASSAULT" && e.Recipients.Exists(r => r.Code == notStruck));
    }

    [Theory]
    [InlineData("Hezbollah fired dozens of rockets into Israel on Sunday.", "ISR")]
    [InlineData("Russian forces laid siege to Mariupol in March.", "UKR")]
    public void APlaceStruckInto_OrTheCuesOwnTo_IsStruck(string text, string struck)
    {
        var events = EventCodingTests.Code(text);
        Assert.Contains(events, e => e.Category.Type is "ASSAULT" or "COERCE" && e.Recipients.Exists(r => r.Code == struck));
    }
}
