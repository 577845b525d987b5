namespace Parley.Tests.Events;

/// <summary>A name owning a defence against an act is the act's target, not its doer (sentences written for these tests).</summary>
public sealed class DefendedOwnerTests
{
    [Theory]
    [InlineData("The package will strengthen Estonia's defences against cyberattacks.", "COERCE", "EST")]
    [InlineData("The new batteries bolster Israel's shield against rocket attacks.", "ASSAULT", "ISR")]
    public void TheOwnerOfTheDefence_IsTheTarget(string text, string type, string target)
    {
        var e = Assert.Single(EventCodingTests.Code(text), e => e.PloverCategory.Type == type);
        Assert.DoesNotContain(e.Actors, a => a.Code == target);
        Assert.Contains(e.Recipients, r => r.Code == target);
    }

    [Fact]
    public void AnOwnerWithoutAgainst_StillActs()
    {
        var e = Assert.Single(EventCodingTests.Code("Russia's invasion of Ukraine began in February 2022."), e => e.PloverCategory.Type == "ASSAULT");
        Assert.Contains(e.Actors, a => a.Code == "RUS");
    }
}
