namespace Parley.Tests.Events;

/// <summary>
/// A verb's cue word after "the" ("condemned the sentences") is a noun naming an act told before: it joins that act and lends
/// it none of the parties of the sentence around it (an article written for these tests).
/// </summary>
public sealed class DefiniteNounRetellingTests
{
    private const string Article = "Minsk court jails six opposition activists\n\n" +
        "A court in Minsk sentenced six opposition activists on Monday to prison terms of up to eight years for organising protests.\n\n" +
        "Lithuania condemned the sentences and summoned Belarus's envoy.";

    [Fact]
    public void TheSentencesCondemnedLater_AreTheSentencingToldBefore() =>
        Assert.Single(EventCodingTests.Code(Article), e => e.Category is { Type: "SANCTION", Mode: "convict" });

    [Fact]
    public void TheSentencesCondemnedLater_DoNotMakeTheCondemnerTheJailer() =>
        Assert.DoesNotContain(EventCodingTests.Code(Article), e => e.Category.Type is "SANCTION" or "COERCE" && e.Actors.Exists(a => a.Code == "LTU"));
}
