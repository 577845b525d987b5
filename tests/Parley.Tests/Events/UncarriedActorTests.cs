namespace Parley.Tests.Events;

/// <summary>
/// An arrest told in the passive with no one named as its doer keeps no actor: the act told before it, even one of
/// its own type (a coup, a seizure), is another act by other people (sentences written for these tests).
/// </summary>
public sealed class UncarriedActorTests
{
    [Theory]
    [InlineData("Rebel soldiers seized the state broadcaster in Bamako on Tuesday. The defence minister said 20 officers had been detained.")]
    [InlineData("Mutinous troops seized the presidential palace in Niamey on Wednesday.\n\nSeveral ministers were arrested, state television said.")]
    [InlineData("Gunmen stormed a police station in Kano on Friday. Five suspects were arrested on Saturday.")]
    public void AnAgentlessArrest_AfterAnotherAct_HasNoActor(string text) =>
        Assert.Empty(Assert.Single(EventCodingTests.Code(text, "2025-06-01"), e => e.Category is { Type: "COERCE", Mode: "arrest" }).Actors);
}
