using Parley.Mentions;
using Parley.Tests.Support;

namespace Parley.Tests.Mentions;

/// <summary>"Wildfire forces evacuations": a role noun that is the sentence's verb names no actor.</summary>
public sealed class VerbHomographTests
{
    // Headlines and leads of late summer: the date plays no part.
    private static IEnumerable<string> ActorTexts(string text) => Pipelines.Mentions(text, MentionKind.Actor, "2025-08-12").Select(m => m.Text);

    [Theory]
    [InlineData("Wildfire forces evacuations near Marseille.")]
    [InlineData("Heatwave forces the closure of schools in Athens.")]
    [InlineData("Flooding forces thousands from their homes in Valencia.")]
    public void RoleNounBeforeItsObject_IsTheVerb(string sentence) =>
        Assert.DoesNotContain("forces", ActorTexts(sentence));

    [Theory]
    [InlineData("Security forces fired tear gas in Nairobi.")]
    [InlineData("Government forces across Sudan regrouped near Khartoum.")]
    public void RoleNounBeforeAVerbOrPreposition_StaysTheGroup(string sentence) =>
        Assert.Contains(ActorTexts(sentence), t => t.EndsWith("forces", StringComparison.Ordinal));
}
