namespace Parley.Tests.Events;

/// <summary>
/// A headline drops its be-forms: a lone past participle that no object follows is a passive, whose subject is whom
/// the act befell; the same participle in body text, or followed by its object, stays active (sentences written for these tests).
/// </summary>
public sealed class HeadlinePassiveTests
{
    [Fact]
    public void HeadlineParticiple_MakesItsSubjectTheRecipient()
    {
        var arrest = EventCodingTests.Code("Peruvian general arrested after failed coup\n\nThe country was calm on Thursday.")
            .First(e => e.Category.Type == "COERCE");
        Assert.DoesNotContain(arrest.Actors, a => a.Code == "PER");
        Assert.Equal(["PER"], arrest.Recipients.Select(a => a.Code).Distinct());
    }

    [Fact]
    public void BodyParticiple_StaysActive()
    {
        var arrest = EventCodingTests.Code("Peruvian police arrested after a long chase a man who had fled.")
            .First(e => e.Category.Type == "COERCE");
        Assert.Equal(["PER"], arrest.Actors.Select(a => a.Code).Distinct());
    }
}
