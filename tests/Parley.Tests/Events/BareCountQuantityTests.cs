namespace Parley.Tests.Events;

/// <summary>
/// People counted by a number alone after the word of their fate, or by a number with a singular noun or a noun of
/// suspects, and people forced to flee (sentences written for these tests).
/// </summary>
public sealed class BareCountQuantityTests
{
    [Theory]
    [InlineData("Riot police broke up the sit-in on Tuesday, arresting dozens.", 24, "arrested")]
    [InlineData("Troops fired on the marchers on Sunday, killing hundreds and possibly thousands.", 100, "killed")]
    [InlineData("Gunmen attacked a checkpoint on Sunday, killing one officer and wounding two others.", 1, "killed")]
    [InlineData("Police arrested five suspects in the capital on Monday.", 5, "arrested")]
    [InlineData("Shelling along the border forced more than 50,000 people to flee on Friday.", 50000, "displaced")]
    public void TheCount_HasItsFate(string text, int value, string unit)
    {
        var quantities = EventCodingTests.Code(text).SelectMany(e => e.Quantities);
        Assert.Contains(quantities, q => q.Value == value && q.Unit == unit);
    }

    [Fact]
    public void AYearAfterAFateWord_IsNoCount()
    {
        var events = EventCodingTests.Code("Rebels killed the mayor of the town in 2019, police said.");
        Assert.DoesNotContain(events.SelectMany(e => e.Quantities), q => q.Value == 2019);
    }
}
