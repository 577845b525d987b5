using Parley.Mentions;
using Parley.Tests.Support;

namespace Parley.Tests.Mentions;

/// <summary>A day or a month right before a known person's name is no given name of it (sentences written for these tests).</summary>
public sealed class NameAfterCalendarWordTests
{
    [Theory]
    [InlineData("Russian President Vladimir Putin spoke on Monday. On Wednesday Putin met the Chinese envoy.")]
    [InlineData("Russian President Vladimir Putin spoke on Monday. In March Putin met the Chinese envoy.")]
    public void KnownNameAfterADayOrMonth_IsThePerson(string text) =>
        Assert.Equal(2, Pipelines.Mentions(text, MentionKind.Actor, "2025-01-10").Count(m => m.Mention.Actor!.Code == "RUS"));
}
