using Parley.Tests.Events;

namespace Parley.Tests.Mentions;

/// <summary>A party name two countries share ("the Democratic Party") is the party of the story's country (sentences written for these tests).</summary>
public sealed class SharedPartyNameTests
{
    [Theory]
    [InlineData("South Korea's president vetoed the budget bill on Monday. The opposition Democratic Party condemned the veto.", "KOR")]
    [InlineData("The Democratic Party condemned the Senate vote on Tuesday.", "USA")]
    public void TheSharedName_FollowsTheStory(string text, string country)
    {
        var condemned = Assert.Single(EventCodingTests.Code(text), e => e.Category.Type == "ACCUSE");
        Assert.Equal([country], condemned.Actors.Select(a => a.Code));
    }
}
