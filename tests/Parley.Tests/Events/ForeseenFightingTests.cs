using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>Fighting or violence foreseen with a modal after its noun ("more fighting could break out") is a
/// hypothetical attack, not a fact and not no event (sentences written for these tests).</summary>
public sealed class ForeseenFightingTests
{
    [Theory]
    [InlineData("Analysts say more fighting could break out if the drought worsens.")]
    [InlineData("Diplomats fear that violence may escalate along the border before the vote.")]
    [InlineData("Residents said clashes might flare again after dark.")]
    public void FightingWithModalAfterIt_IsHypotheticalAssault(string sentence) =>
        Assert.Single(EventCodingTests.Code(sentence), e => e.Category.Type == "ASSAULT" && e.Modality == EventModality.Hypothetical);
}
