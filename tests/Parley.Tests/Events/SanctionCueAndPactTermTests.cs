namespace Parley.Tests.Events;

/// <summary>
/// Sanctions told by other verbs ("froze aid to", "pull envoys from", "strip … of its duty-free access"), and a pact's
/// terms, which name no attack ("treat an attack on either as an attack on both") (sentences written for these tests).
/// </summary>
public sealed class SanctionCueAndPactTermTests
{
    [Fact]
    public void SanctionsToldByOtherVerbs_AreFound()
    {
        var sanctions = EventCodingTests.Code("Niger and Chad pull envoys from Tripoli after border shooting\n\n"
                                              + "The Netherlands froze development aid to Suriname on Tuesday. "
                                              + "The European Union stripped Cambodia of its duty-free access to the single market.", "2025-06-01")
            .Where(e => e.Category.Type == "SANCTION").Select(e => e.Category.Mode).ToList();
        Assert.Equal(["withdraw", "discontinue", "discontinue"], sanctions);
    }

    [Fact]
    public void APactsTerms_NameNoAttack()
    {
        var events = EventCodingTests.Code("Egypt and Sudan signed a defence pact on Monday, agreeing to regard an attack on either state as an attack on both.", "2025-06-01");
        Assert.DoesNotContain(events, e => e.Category.Type == "ASSAULT");
    }
}
