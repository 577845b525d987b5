namespace Parley.Tests.Events;

/// <summary>
/// A verb of saying before an act whose clause has a subject of its own: the sayer is the source, not the doer
/// (sentences written for these tests).
/// </summary>
public sealed class ReportedClauseSubjectTests
{
    [Theory]
    [InlineData("Amnesty International says soldiers opened fire on protesters in the capital.", "AMNESTY")]
    [InlineData("The United Nations said on Tuesday that security forces had shot at demonstrators.", "UN")]
    public void AGroupOfItsOwn_IsNotTheSayer(string text, string sayer)
    {
        var attack = Assert.Single(EventCodingTests.Code(text), e => e.Category.Type == "ASSAULT");
        Assert.DoesNotContain(attack.Actors, a => a.Code == sayer);
    }

    [Theory]
    [InlineData("Ukraine's navy said its sea drones sank a Russian landing ship near Crimea.", "UKR")]
    [InlineData("Washington said it would resume intelligence sharing with Kyiv.", "USA")]
    [InlineData("Israel said its troops had killed three gunmen in Jenin.", "ISR")]
    public void TheSayersOwn_StillAct(string text, string sayer)
    {
        var act = EventCodingTests.Code(text).First();
        Assert.Contains(act.Actors, a => a.Code == sayer);
    }
}
