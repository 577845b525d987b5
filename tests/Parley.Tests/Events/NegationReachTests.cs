using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>
/// What a negation does not reach: an event named in a scene-setting phrase, a statement the denier adds after "and",
/// and a negation the cue's own pattern spells out (sentences written for these tests).
/// </summary>
public sealed class NegationReachTests
{
    [Theory]
    [InlineData("Serbia did not detain the Russian minister during his visit to Belgrade on Monday.", "CONSULT")]
    [InlineData("Japan has never supplied fighter jets to Manila despite pressure from Washington.", "REQUEST")]
    [InlineData("The ceasefire in Sudan has not collapsed despite sporadic shelling around El Fasher, mediators said.", "ASSAULT")]
    public void AnEventInASceneSettingPhrase_HappenedWhateverTheClauseDenies(string text, string type) =>
        Assert.Equal(EventModality.Asserted, EventCodingTests.Code(text).First(e => e.Category.Type == type).Modality);

    [Fact]
    public void TheClauseItsOwnAct_StaysNegated() =>
        Assert.Equal(EventModality.Negated, EventCodingTests.Code("Serbia did not detain the Russian minister during his visit to Belgrade on Monday.")
            .First(e => e.Category.Type == "COERCE").Modality);

    [Fact]
    public void ASceneSettingPhrase_IsNotTheFutureOfTheClause() =>
        Assert.Equal(EventModality.Asserted, EventCodingTests.Code("Talks will continue despite the attack on the convoy, the minister said.")
            .First(e => e.Category.Type == "ASSAULT").Modality);

    [Fact]
    public void AStatementAddedAfterADenial_IsTheDeniersOwn() =>
        Assert.Equal(EventModality.Asserted, EventCodingTests.Code("The Kremlin denied that its troops had crossed into Georgia and dismissed the reports as provocations.")
            .First(e => e.Category.Type == "REJECT").Modality);

    [Theory]
    [InlineData("Sweden said it saw no reason to negotiate with Budapest at this stage.", "REJECT")]
    [InlineData("The army told villagers not to return to the border area until further notice.", "COERCE")]
    public void ANegationThePatternSpellsOut_IsTheActItNames(string text, string type) =>
        Assert.Equal(EventModality.Asserted, EventCodingTests.Code(text).First(e => e.Category.Type == type).Modality);
}
