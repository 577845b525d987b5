namespace Parley.Tests.Events;

/// <summary>Soldiers or police storming a place seize it (COERCE); crowds storming it riot (sentences written for these
/// tests).</summary>
public sealed class SeizureBySecurityForcesTests
{
    [Theory]
    [InlineData("Venezuelan police stormed the offices of an opposition party in Caracas on Monday.")]
    [InlineData("Nigerien troops storm parliament building as mutiny spreads")]
    public void SecurityForcesStorming_IsASeizure(string sentence) =>
        Assert.Single(EventCodingTests.Code(sentence), e => e.Category is { Type: "COERCE", Mode: "seize" });

    [Fact]
    public void ACrowdStorming_StaysARiot() =>
        Assert.Single(EventCodingTests.Code("Angry protesters stormed the electoral commission in Lusaka on Friday."),
            e => e.Category is { Type: "PROTEST", Mode: "riot" });
}
