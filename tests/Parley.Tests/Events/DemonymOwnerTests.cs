namespace Parley.Tests.Events;

/// <summary>
/// A demonym describing an event's words names its doer, whoever the clause's subject is: the subject only
/// reports, tracks or detects it (sentences written for these tests).
/// </summary>
public sealed class DemonymOwnerTests
{
    [Theory]
    [InlineData("Ukraine reported Russian strikes on Kharkiv overnight.", "ASSAULT", "RUS", "UKR")]
    [InlineData("Seoul said it tracked a North Korean missile launch on Sunday.", "MOBILIZE", "PRK", null)]
    [InlineData("Japan's defence ministry said a North Korean ballistic missile fired into the sea landed outside its waters.", "MOBILIZE", "PRK", null)]
    public void TheDemonymActs_NotTheSubject(string text, string type, string actor, string? recipient)
    {
        var e = Assert.Single(EventCodingTests.Code(text), x => x.Category.Type == type);
        Assert.Equal([actor], e.Actors.Select(a => a.Code).Distinct());
        Assert.Equal(recipient is null ? [] : [recipient], e.Recipients.Select(a => a.Code).Distinct());
    }

    [Theory]
    [InlineData("Taiwan's defence ministry said it detected 32 Chinese military aircraft around the island on Friday.", "CHN", "TWN")]
    [InlineData("The Philippine coast guard spotted five Chinese vessels near the shoal.", "CHN", "PHL")]
    [InlineData("Japan monitored two Russian bombers flying over the Sea of Japan.", "RUS", "JPN")]
    public void ForcesSeenNearAState_AreTheOtherSidesMobilisation(string text, string actor, string recipient)
    {
        var e = Assert.Single(EventCodingTests.Code(text), x => x.Category.Type == "MOBILIZE");
        Assert.Equal([actor], e.Actors.Select(a => a.Code).Distinct());
        Assert.Equal([recipient], e.Recipients.Select(a => a.Code).Distinct());
    }

    [Fact]
    public void ANamedSubjectBeforeAVerbCue_StillActs()
    {
        var e = Assert.Single(EventCodingTests.Code("Russia strikes Kharkiv again as talks stall."), x => x.Category.Type == "ASSAULT");
        Assert.Equal(["RUS"], e.Actors.Select(a => a.Code).Distinct());
    }
}
