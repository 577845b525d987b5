using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>An event named with "a", or only by its parties' names, as the subject of a modal verb is only supposed (sentences written for these tests).</summary>
public sealed class SupposedEventSubjectTests
{
    [Theory]
    [InlineData("The minister said a Russian attack on Estonia could force NATO to respond.")]
    [InlineData("An Israeli strike on Iran would send oil prices soaring, traders said.")]
    [InlineData("Officials fear Russian raids on ports along the Danube may resume next month.")]
    [InlineData("Experts believe U.S. strikes on camps near the border could come within days.")]
    public void TheSupposedAttack_IsNeverFact(string text) =>
        Assert.Equal(EventModality.Hypothetical, Assert.Single(EventCodingTests.Code(text), e => e.Category.Type == "ASSAULT").Modality);

    [Theory]
    [InlineData("A drone attack on Odesa killed two people overnight.")]
    [InlineData("Russia launched a strike on Kharkiv and could launch more, officials warned.")]
    [InlineData("The U.S. strikes on camps near the border could not be verified, officials said.")]
    [InlineData("Turkey carried out a drone strike on a convoy that could have carried weapons.")]
    public void AnAttackThatHappened_StaysFact(string text) =>
        Assert.Equal(EventModality.Asserted, EventCodingTests.Code(text).First(e => e.Category.Type == "ASSAULT").Modality);
}
