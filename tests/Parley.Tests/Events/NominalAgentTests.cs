namespace Parley.Tests.Events;

/// <summary>A noun cue ending in "of" whose doer a possessive names acts on its "of" phrase (sentences written for these tests).</summary>
public sealed class NominalAgentTests
{
    [Theory]
    [InlineData("Norway's expulsion of Russian diplomats drew a sharp reply.", "SANCTION", "NOR", "RUS")]
    [InlineData("Egypt's seizure of a Turkish cargo ship angered Ankara.", "COERCE", "EGY", "TUR")]
    public void APossessiveDoer_ActsOnTheOfPhrase(string text, string type, string actor, string recipient)
    {
        var e = Assert.Single(EventCodingTests.Code(text), e => e.Category.Type == type);
        Assert.Equal([actor], e.Actors.Select(a => a.Code));
        Assert.Equal([recipient], e.Recipients.Select(r => r.Code));
    }
}
