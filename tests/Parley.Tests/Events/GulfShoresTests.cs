namespace Parley.Tests.Events;

/// <summary>
/// "Gulf of Tonkin", "Gulf of Thailand", "Gulf of Guinea" are seas, not the Gulf states: a pact to patrol them names
/// no Gulf party (sentences written for these tests).
/// </summary>
public sealed class GulfShoresTests
{
    [Theory]
    [InlineData("Hanoi and Beijing agreed to hold joint fishing patrols in the Gulf of Tonkin.")]
    [InlineData("Bangkok and Phnom Penh agreed to hold joint naval patrols in the Gulf of Thailand.")]
    [InlineData("Lagos and Accra agreed to hold joint anti-piracy patrols in the Gulf of Guinea.")]
    public void AGulfNamedForItsSea_IsNoParty(string text)
    {
        var pact = Assert.Single(EventCodingTests.Code(text), e => e.Category.Type == "AGREE");
        Assert.DoesNotContain(pact.Actors.Concat(pact.Recipients), p => p.Code == "PGS");
    }
}
