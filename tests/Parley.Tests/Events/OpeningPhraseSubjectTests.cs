namespace Parley.Tests.Events;

/// <summary>
/// A noun cue in a phrase that opens its sentence ("After talks with X, Y agreed") is done by the subject of the clause the
/// phrase leads into (sentences written for these tests).
/// </summary>
public sealed class OpeningPhraseSubjectTests
{
    [Fact]
    public void TalksOpeningTheSentence_AreHeldByTheMainSubject()
    {
        var events = EventCodingTests.Code("On Monday, after talks with Kenyan President William Ruto, Ugandan President Yoweri Museveni agreed to reopen the border.");
        var talks = Assert.Single(events, e => e.Category.Type == "CONSULT");
        Assert.Equal(["KEN", "UGA"], talks.Actors.Concat(talks.Recipients).Select(p => p.Code).Distinct().Order());
        Assert.Contains(talks.Actors, a => a.Code == "UGA");
    }
}
