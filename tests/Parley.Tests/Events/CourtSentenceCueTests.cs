namespace Parley.Tests.Events;

/// <summary>
/// Court sentences (sentences written for these tests): the manual codes a sentence as SANCTION convict, and a prison
/// term adds COERCE arrest; a death sentence jails no one, so it is a conviction only, in absentia too. A sentence may be
/// told as received or given, and a jailing for a term, or by a court, is a sentence.
/// </summary>
public sealed class CourtSentenceCueTests
{
    [Theory]
    [InlineData("A military court sentenced the rebel commander to death for treason.")]
    [InlineData("The tribunal sentenced the former minister to death in absentia.")]
    [InlineData("Two generals received the death penalty on Tuesday.")]
    public void DeathSentence_IsAConvictionOnly(string text)
    {
        var events = EventCodingTests.Code(text);
        Assert.Contains(events, e => e.Category is { Type: "SANCTION", Mode: "convict" });
        Assert.DoesNotContain(events, e => e.Category.Type is "COERCE" or "THREATEN" or "CONSULT");
    }

    [Theory]
    [InlineData("A court in Minsk sentenced the journalist to eight years in prison.")]
    [InlineData("The former interior minister received a life sentence on Monday.")]
    [InlineData("The opposition leader was given a 15-year prison term on Friday.")]
    [InlineData("A judge jailed the blogger for three years.")]
    [InlineData("A Tunisian court jails 12 opposition figures for conspiracy.")]
    public void PrisonTerm_ConvictsAndJails(string text)
    {
        var events = EventCodingTests.Code(text);
        Assert.Contains(events, e => e.Category is { Type: "SANCTION", Mode: "convict" });
        Assert.Contains(events, e => e.Category is { Type: "COERCE", Mode: "arrest" });
        Assert.DoesNotContain(events, e => e.Category.Type == "CONSULT");
    }

    [Fact]
    public void PrisonTermInAbsentia_ThreatensAnArrest() =>
        Assert.Contains(EventCodingTests.Code("A court in Ankara sentenced the exiled mayor to 20 years in prison in absentia."),
            e => e.Category is { Type: "THREATEN", Mode: "arrest" });

    [Fact]
    public void AidReceivedOverTheLongTerm_IsNoSentence() =>
        Assert.DoesNotContain(EventCodingTests.Code("Ukraine will receive the money over the long term."), e => e.Category.Type == "SANCTION");

    [Theory]
    [InlineData("The student-led uprising forced the president to flee.", "demo")]
    [InlineData("Unions called a nationwide shutdown on Monday.", "strike")]
    public void UprisingAndShutdown_AreProtests(string text, string mode) =>
        Assert.Contains(EventCodingTests.Code(text), e => e.Category.Type == "PROTEST" && e.Category.Mode == mode);
}
