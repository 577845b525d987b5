namespace Parley.Tests.Mentions;

/// <summary>"Bosnian Serb" names Bosnia's Serbs, not Serbia's (sentences written for these tests).</summary>
public sealed class BosnianSerbDemonymTests
{
    [Theory]
    [InlineData("Police in Sarajevo detained a Bosnian Serb lawmaker on Tuesday.")]
    [InlineData("Bosnian Serb leaders walked out of the state parliament.")]
    public void BosnianSerb_IsBosnia(string sentence)
    {
        var events = Parley.Tests.Events.EventCodingTests.Code(sentence);
        Assert.DoesNotContain(events.SelectMany(e => e.Actors.Concat(e.Recipients)), p => p.Code == "SRB");
        Assert.Contains(events.SelectMany(e => e.Actors.Concat(e.Recipients)), p => p.Code == "BIH");
    }
}
